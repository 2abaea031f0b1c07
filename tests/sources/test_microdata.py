"""Microdata (itemprop) of schema.org articles."""

from __future__ import annotations

from typing import Any

from articlekit.dom.parse import parse
from articlekit.sources import microdata
from articlekit.sources.candidate import Candidates

ARTICLE = """<!DOCTYPE html><html><body>
<article itemscope itemtype="https://schema.org/NewsArticle">
  <span itemprop="articleSection">Science</span>
  <h1 itemprop="headline">Telescope spots a comet heading for the inner solar system</h1>
  <p class="byline">By
    <span itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="/staff/rae-fox" itemprop="url"><span itemprop="name">Rae Fox</span></a></span>
    and <a itemprop="author" href="/staff/ben-ode">Ben Ode</a></p>
  <time itemprop="datePublished" datetime="2024-02-02T08:00:00+01:00">2 February 2024</time>
  <time itemprop="dateModified" datetime="2024-02-02T12:15:00+01:00">updated at noon</time>
  <p itemprop="description">Astronomers say it will be visible with binoculars in March.</p>
  <div itemprop="articleBody">
    <p>The comet was first seen in images taken on Tuesday night by a survey telescope.</p>
  </div>
  <div class="tags" itemprop="keywords"><a href="/t/comets" rel="tag">comets</a><a href="/t/astronomy" rel="tag">astronomy</a></div>
</article></body></html>"""


def found(html: str = ARTICLE) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for c in Candidates.of(microdata.candidates(parse(html))).items:
        assert c.source == "microdata"
        out.setdefault(c.field, []).append(c.value)
    return out


def test_article_properties() -> None:
    got = found()
    assert got["headline"] == ["Telescope spots a comet heading for the inner solar system"]
    assert got["section"] == ["Science"]
    assert got["published"] == ["2024-02-02T08:00:00+01:00"]
    assert got["modified"] == ["2024-02-02T12:15:00+01:00"]
    assert got["description"] == ["Astronomers say it will be visible with binoculars in March."]


def test_authors_as_person_items_and_as_plain_elements() -> None:
    assert found()["authors"] == [("Rae Fox", "Ben Ode")]


def test_article_body_is_not_a_field_value() -> None:
    values = [v for vs in found().values() for v in vs]
    assert not any("survey telescope" in str(v) for v in values)


def test_keywords_set_as_separate_links_are_separate_tags() -> None:
    assert found()["tags"] == [("comets", "astronomy")]


def test_comma_separated_keywords_content_attribute() -> None:
    html = '<html><body><div itemscope><span itemprop="keywords" content="comets, space">x</span></div></body></html>'
    assert found(html)["tags"] == [("comets", "space")]


def test_person_item_without_a_name_gives_no_author() -> None:
    html = (
        '<html><body><div itemscope itemtype="https://schema.org/Article">'
        '<div itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<img itemprop="image" src="/a.jpg"></div></div></body></html>'
    )
    assert "authors" not in found(html)


def test_meta_itemprops_are_left_to_the_meta_sources() -> None:
    html = '<html><head><meta itemprop="datePublished" content="2024-02-02"></head><body></body></html>'
    assert found(html) == {}


def test_photo_credits_and_teaser_authors_are_not_the_story_authors() -> None:
    page = """<html><body>
    <article itemscope itemtype="https://schema.org/NewsArticle">
      <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Rae Fox</span></span>
      <figure itemprop="image" itemscope itemtype="https://schema.org/ImageObject">
        <span itemprop="author">Picture Agency</span></figure>
    </article>
    <aside><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ben Ode</span></span></aside>
    </body></html>"""
    assert found(page)["authors"] == [("Rae Fox",)]


def test_authors_outside_any_item_count_when_the_story_is_no_item() -> None:
    page = '<html><body><p>By <span itemprop="author">Rae Fox</span></p></body></html>'
    assert found(page)["authors"] == [("Rae Fox",)]


def test_a_list_of_teaser_items_names_no_author_of_the_page() -> None:
    card = (
        '<article itemscope itemtype="https://schema.org/Article"><a href="/{0}"><h3>{0}</h3>'
        '<div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">By {1}</span></div>'
        "</a></article>"
    )
    page = (
        "<html><body><h1>Nine habits of calm teams</h1><p>By Rae Fox</p>"
        + card.format("sprints", "Ben Ode")
        + card.format("retros", "Ivy Marsh")
        + "</body></html>"
    )
    assert "authors" not in found(page)


def test_the_item_that_holds_the_headline_is_the_story() -> None:
    page = """<html><body>
    <div itemscope itemtype="https://schema.org/BlogPosting">
      <h1 itemprop="headline">Nine habits of calm teams</h1>
      <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Rae Fox</span></span>
    </div>
    <div class="more">
      <div itemscope itemtype="https://schema.org/BlogPosting"><h3>Sprints</h3>
        <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ben Ode</span></span></div>
    </div></body></html>"""
    assert found(page)["authors"] == [("Rae Fox",)]


def test_teasers_marked_up_inside_the_story_item_are_not_its_authors() -> None:
    # The whole page is the story's item; the sidebar's teasers are <article>s inside it.
    page = """<html><body itemscope itemtype="https://schema.org/Article">
    <article><h1 itemprop="headline">Nine habits of calm teams</h1>
      <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Rae Fox</span></span>
    </article>
    <aside>
      <article><h4>Sprints</h4><span itemprop="author" itemscope itemtype="https://schema.org/Person">
        <span itemprop="name">Ben Ode</span></span></article>
      <article><h4>Retros</h4><span itemprop="author" itemscope itemtype="https://schema.org/Person">
        <span itemprop="name">Ivy Marsh</span></span></article>
    </aside></body></html>"""
    assert found(page)["authors"] == [("Rae Fox",)]


def test_several_authors_of_one_story_are_all_kept() -> None:
    page = """<html><body><article itemscope itemtype="https://schema.org/Article"><h1>Calm teams</h1>
      <p>By <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Rae Fox</span></span>,
      <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ben Ode</span></span></p>
    </article></body></html>"""
    assert found(page)["authors"] == [("Rae Fox", "Ben Ode")]


def test_the_link_of_an_author_block_is_the_name_and_the_rest_its_role() -> None:
    page = """<html><body><article itemscope itemtype="https://schema.org/Article">
      <span itemprop="author"><img src="/rae.jpg" alt="">
        <span>By <a href="/staff/rae-fox">Rae Fox</a><br><span class="title">Senior Science Reporter</span></span></span>
    </article></body></html>"""
    assert found(page)["authors"] == [("Rae Fox",)]


def test_a_labelled_author_block_keeps_its_label_for_the_byline_parser() -> None:
    page = """<html><body><article itemscope itemtype="https://schema.org/Article">
      <span itemprop="author">Updated by <a href="/staff/ben-ode">Ben Ode</a> (desk)</span>
    </article></body></html>"""
    assert found(page)["authors"] == [("Updated by Ben Ode (desk)",)]


def test_an_author_block_with_two_links_is_read_whole() -> None:
    page = """<html><body><article itemscope itemtype="https://schema.org/Article">
      <span itemprop="author"><a href="/rae">Rae Fox</a> and <a href="/ben">Ben Ode</a></span>
    </article></body></html>"""
    assert found(page)["authors"] == [("Rae Fox and Ben Ode",)]
