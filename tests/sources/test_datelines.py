"""Visible date lines: <time> text, date-classed elements, "Published on ..." labels."""

from __future__ import annotations

import pytest

from articlekit.dom.parse import parse
from articlekit.sources import datelines


def found(body: str) -> list[tuple[str, str]]:
    return found_in(f"<html><body>{body}</body></html>")


def found_in(page: str) -> list[tuple[str, str]]:
    return [(c.field, str(c.value)) for c in datelines.candidates(parse(page))]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('<p class="post-date">Published on 17 December 2025, 14:05 CET</p>',
         [("published", "17 December 2025, 14:05 CET")]),
        ("<time>March 4, 2024</time>", [("published", "March 4, 2024")]),
        ('<div class="datum">Veröffentlicht am 13. Mai 2026 um 15:44</div>',
         [("published", "13. Mai 2026 um 15:44")]),
        ('<span class="article-info">Jun 08, 2023 • 11 Minute Read</span>', [("published", "Jun 08, 2023")]),
        ("<div><p>Publié le 3 mai 2024 à 10h30</p></div>", [("published", "3 mai 2024 à 10h30")]),
        ('<div class="meta">Published 2 May 2024 | Updated 3 May 2024, 09:10</div>',
         [("published", "2 May 2024"), ("modified", "3 May 2024, 09:10")]),
        ('<span class="date">Last updated: 2025-02-22</span>', [("modified", "2025-02-22")]),
        ('<div class="fecha">Publicado el 5 de marzo de 2024</div>', [("published", "5 de marzo de 2024")]),
        ('<div class="lineinfo">Do 25.04.24 | 14:07 Uhr</div>', [("published", "25.04.24 | 14:07 Uhr")]),
        ('<div class="category-header"><div class="text-block-57">Published</div>'
         '<div class="text-block-67">October 14, 2025</div></div>', [("published", "October 14, 2025")]),
        ('<dl><dt>Last updated:</dt><dd>9 December 2025</dd></dl>', [("modified", "9 December 2025")]),
        # a byline that carries the date
        ('<div class="post-author">By <a href="/team/ana-lima">Ana Lima</a> - Mar 27, 2024</div>',
         [("published", "Mar 27, 2024")]),
        ('<p class="author">Andrew Okafor<br>4 August 2010</p>', [("published", "4 August 2010")]),
    ],
)
def test_date_lines(body: str, expected: list[tuple[str, str]]) -> None:
    assert found(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        '<span class="date">vor 3 Stunden</span>',
        '<span class="date">2 hours ago</span>',
        '<time datetime="2024-05-03">3 May 2024</time>',  # read by the html source already
        '<a href="/other"><span class="date">3 May 2024</span></a>',  # a teaser's date
        '<div class="meta">' + "A long paragraph that mentions 3 May 2024 in passing. " * 4 + "</div>",
        "<p>The council met on 3 May 2024 to vote.</p>",  # prose, not a date line
    ],
)
def test_not_date_lines(body: str) -> None:
    assert found(body) == []


def test_only_the_first_few_lines_are_read() -> None:
    body = "".join(f'<li class="date">{day} May 2024</li>' for day in range(1, 20))
    assert len(found(body)) == datelines.MAX_LINES


def test_the_same_line_twice_counts_once() -> None:
    body = '<div class="date"><span class="date">3 May 2024</span></div>'
    assert found(body) == [("published", "3 May 2024")]


def test_a_lone_date_under_the_headline_is_the_publication_date() -> None:
    page = (
        "<html><body><h1>How to choose a tutor</h1><p class='text-sm'>Nov 21, 2018</p>"
        "<p>Choosing a tutor starts with knowing what your child needs most, and when.</p>"
        "<ul><li><span>Dec 2, 2019</span></li></ul></body></html>"
    )
    assert found_in(page) == [("published", "Nov 21, 2018")]


def test_a_lone_date_with_the_reading_time() -> None:
    page = (
        "<html><body><h1>How to choose a tutor</h1><span>December 18, 2025 \u30fb 3 min read</span>"
        "<p>Choosing a tutor starts with knowing what your child needs most, and when.</p></body></html>"
    )
    assert found_in(page) == [("published", "December 18, 2025")]


def test_a_lone_date_followed_by_inline_furniture() -> None:
    page = (
        "<html><body><h1>How to choose a tutor</h1><p>Dec 26, 2025 <span>&bull;</span> <img src='a.png'>"
        "<a href='/team/ana'>Ana Lima</a></p><p>Choosing a tutor starts with knowing what your child needs.</p>"
        "</body></html>"
    )
    assert found_in(page) == [("published", "Dec 26, 2025")]


def test_a_lone_date_over_the_headline_in_its_header_block() -> None:
    page = (
        "<html><body><header><div class='trending'><span>Jan 3, 2024</span></div></header>"
        "<div class='post'><div class='post-about'><a href='/c/wine'>Wine 101</a><div>December 14, 2025</div></div>"
        "<h1>Wine for beginners</h1><p>Learn wine basics: styles, tasting tips, pairing and serving.</p></div>"
        "</body></html>"
    )
    assert found_in(page) == [("published", "December 14, 2025")]


def test_a_date_far_above_the_headline_is_not_read() -> None:
    page = (
        "<html><body><header><div class='ticker'><div><span>Jan 3, 2024</span></div></div></header>"
        "<main><div class='post'><div class='head'><h1>Wine for beginners</h1></div>"
        "<p>Learn wine basics: styles, tasting tips, pairing and serving.</p></div></main></body></html>"
    )
    assert found_in(page) == []


def test_a_lone_date_before_any_headline_is_not_read() -> None:
    page = "<html><body><span>Nov 21, 2018</span><p>Some text of a page without a headline at all.</p></body></html>"
    assert found_in(page) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Last updated 04 Jun 2020, originally created 17 Jun 2019",
         [("modified", "04 Jun 2020"), ("published", "17 Jun 2019")]),
        ("Published 3 May 2024 | Updated 4 May 2024", [("published", "3 May 2024"), ("modified", "4 May 2024")]),
        ("Veröffentlicht am 3. Juli 2018, aktualisiert am 5. Juli 2018",
         [("published", "3. Juli 2018"), ("modified", "5. Juli 2018")]),
        ("Publié le 29 juin 2019 à 10h15", [("published", "29 juin 2019 à 10h15")]),
        ("Publicado el 3 de mayo de 2024", [("published", "3 de mayo de 2024")]),
        ("发布时间：2024年05月03日 10:15", [("published", "2024年05月03日 10:15")]),
        ("更新时间：2024年05月04日", [("modified", "2024年05月04日")]),
        ("입력 2024. 5. 3. 14:22", [("published", "2024. 5. 3. 14:22")]),
        ("Essay - Published: 2025.12.17 | ai", [("published", "2025.12.17")]),
        ("Julkaistu 15. maaliskuuta 2024", [("published", "15. maaliskuuta 2024")]),
        ("Opublikowano: 15 marca 2024", [("published", "15 marca 2024")]),
    ],
)
def test_labels_in_a_line_say_which_date_is_which(line: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.field, str(c.value)) for c in datelines._dates_in_line(line, "label")] == expected


def test_a_date_printed_as_loose_text_right_after_the_headline() -> None:
    page = (
        "<html><body><div><h1><a href='/'>Roger's Blog</a></h1></div>"
        "<fieldset><legend>Advent of Code week 2</legend>20 December 2025"
        "<div class='body'><p>I did the puzzles again this year and wrote about each.</p></div></fieldset>"
        "</body></html>"
    )
    first = next(datelines.candidates(parse(page)))
    assert (first.field, first.value, first.where) == ("published", "20 December 2025", "under headline")


def test_a_date_in_a_heading_over_the_headline() -> None:
    page = (
        "<html><body><div class='hero'><h5 class='preheadline'>January 23, 2025</h5>"
        "<h1>Solar installation in four steps</h1><p>What a homeowner should expect.</p></div></body></html>"
    )
    first = next(datelines.candidates(parse(page)))
    assert (first.field, first.value) == ("published", "January 23, 2025")


def test_a_date_kept_only_in_an_attribute_after_the_headline() -> None:
    page = (
        "<html><body><h1>Council backs the new bridge</h1>"
        "<div class='meta'><span data-date='2023-01-07T10:15:00+01:00'>3 days ago</span></div>"
        "<p>The council voted on Tuesday to fund the bridge over the river.</p></body></html>"
    )
    found = list(datelines.candidates(parse(page)))
    assert [(c.field, c.value, c.source) for c in found][:1] == [("published", "2023-01-07T10:15:00+01:00", "html")]


def test_a_date_in_the_story_after_the_headline_is_an_events_not_the_articles() -> None:
    page = (
        "<html><body><h1>Council backs the new bridge</h1>"
        "<p>On March 3, 2024, the council voted to fund the bridge over the river after two years "
        "of hearings, and work is to start in the spring, the mayor said.</p></body></html>"
    )
    assert [c for c in datelines.candidates(parse(page)) if c.where == "under headline"] == []
