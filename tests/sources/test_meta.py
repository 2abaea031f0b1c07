"""Plain <meta name=...> tags: author, dates, section, keywords, Dublin Core, Parse.ly."""

from __future__ import annotations

from typing import Any

from articlekit.dom.parse import parse
from articlekit.sources import meta
from articlekit.sources.candidate import Candidates


def found(tags: str) -> dict[str, list[Any]]:
    html = f"<!DOCTYPE html><html><head><meta charset='utf-8'>{tags}</head><body><p>x</p></body></html>"
    out: dict[str, list[Any]] = {}
    for c in Candidates.of(meta.candidates(parse(html))).items:
        assert c.source == "meta"
        out.setdefault(c.field, []).append(c.value)
    return out


def test_author_description_and_dates() -> None:
    got = found(
        '<meta name="author" content="Carlos Mendes">'
        '<meta name="description" content="Port workers end a two-day strike.">'
        '<meta name="pubdate" content="2024-07-18T11:00:00-03:00">'
        '<meta name="lastmod" content="2024-07-18T15:30:00-03:00">'
    )
    assert got["author_text"] == ["Carlos Mendes"]
    assert got["description"] == ["Port workers end a two-day strike."]
    assert got["published"] == ["2024-07-18T11:00:00-03:00"]
    assert got["modified"] == ["2024-07-18T15:30:00-03:00"]


def test_names_are_case_insensitive() -> None:
    assert found('<meta name="Author" content="Carlos Mendes">')["author_text"] == ["Carlos Mendes"]


def test_dublin_core_and_parsely() -> None:
    got = found(
        '<meta name="DC.creator" content="Ines Faria">'
        '<meta name="DC.date.issued" content="2024-07-18">'
        '<meta name="parsely-section" content="Economy">'
        '<meta name="parsely-title" content="Port strike ends">'
        '<meta name="DC.language" content="pt-BR">'
    )
    assert got["author_text"] == ["Ines Faria"]
    assert got["published"] == ["2024-07-18"]
    assert got["section"] == ["Economy"]
    assert got["headline"] == ["Port strike ends"]
    assert got["language"] == ["pt-BR"]


def test_keywords_split_on_commas_and_semicolons_without_duplicates() -> None:
    got = found(
        '<meta name="keywords" content="ports; strikes, labour">'
        '<meta name="news_keywords" content="labour, shipping">'
    )
    assert got["tags"] == [("ports", "strikes", "labour", "shipping")]


def test_itemprop_meta_dates_are_read() -> None:
    got = found('<meta itemprop="datePublished" content="2024-07-18T11:00:00-03:00">')
    assert got["published"] == ["2024-07-18T11:00:00-03:00"]


def test_http_equiv_content_language() -> None:
    assert found('<meta http-equiv="content-language" content="pt">')["language"] == ["pt"]


def test_unrelated_and_empty_tags_give_nothing() -> None:
    got = found(
        '<meta name="viewport" content="width=device-width">'
        '<meta name="robots" content="index,follow">'
        '<meta name="author" content="">'
    )
    assert got == {}


def test_site_specific_date_names_that_say_what_they_hold() -> None:
    page = (
        '<html><head><meta name="w-published-date" content="2025-05-27T06:03:43Z">'
        '<meta name="article-updated-time" content="2025-05-28"><meta name="publisher" content="Acme">'
        "</head><body></body></html>"
    )
    found = [(c.field, str(c.value)) for c in meta.candidates(parse(page))]
    assert ("published", "2025-05-27T06:03:43Z") in found and ("modified", "2025-05-28") in found
    assert not any(field == "published" and value == "Acme" for field, value in found)


def test_authors_in_repeated_tags_are_read_together() -> None:
    tags = (
        '<meta name="citation_author" content="Huberty, Jennifer">'
        '<meta name="citation_author" content="Jeni Green">'
        '<meta name="citation_author" content="Jeni Green">'
    )
    assert found(tags)["author_text"] == ["Jennifer Huberty; Jeni Green"]


def test_scholarly_citation_dates_are_publication_dates() -> None:
    got = found('<meta name="citation_publication_date" content="2023 Jan 7"><meta name="citation_title" content="x">')
    assert got["published"] == ["2023 Jan 7"]
