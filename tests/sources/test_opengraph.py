"""OpenGraph / article:* / Twitter card <meta> properties."""

from __future__ import annotations

from typing import Any

from articlekit.dom.parse import parse
from articlekit.sources import opengraph
from articlekit.sources.candidate import Candidates

HEAD = """<!DOCTYPE html><html><head>
<meta property="og:type" content="article">
<meta property="og:title" content="Storm  closes   mountain pass">
<meta property="og:description" content="Snowploughs could not keep up overnight.">
<meta property="og:site_name" content="Alpine Herald">
<meta property="og:url" content="https://alpineherald.example/news/storm-closes-pass">
<meta property="og:image" content="https://alpineherald.example/img/pass.jpg">
<meta property="og:locale" content="de_CH">
<meta property="article:published_time" content="2024-12-02T06:30:00+01:00">
<meta property="article:modified_time" content="2024-12-02T09:10:00+01:00">
<meta property="article:section" content="Region">
<meta property="article:tag" content="weather">
<meta property="article:tag" content="roads, snow">
<meta property="article:author" content="https://www.facebook.com/alpineherald">
<meta name="twitter:title" content="Storm closes pass (Twitter)">
{extra}
</head><body><p>Story</p></body></html>"""


def found(extra: str = "") -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for c in Candidates.of(opengraph.candidates(parse(HEAD.replace("{extra}", extra)))).items:
        assert c.source == "opengraph"
        out.setdefault(c.field, []).append(c.value)
    return out


def test_og_and_article_properties_map_to_fields() -> None:
    got = found()
    assert got["headline"][0] == "Storm closes mountain pass"
    assert got["description"] == ["Snowploughs could not keep up overnight."]
    assert got["site_name"] == ["Alpine Herald"]
    assert got["canonical_url"] == ["https://alpineherald.example/news/storm-closes-pass"]
    assert got["image"] == ["https://alpineherald.example/img/pass.jpg"]
    assert got["published"] == ["2024-12-02T06:30:00+01:00"]
    assert got["modified"] == ["2024-12-02T09:10:00+01:00"]
    assert got["section"] == ["Region"]


def test_twitter_title_is_a_weaker_headline_after_og_title() -> None:
    assert found()["headline"] == ["Storm closes mountain pass", "Storm closes pass (Twitter)"]


def test_locale_underscore_becomes_language_tag() -> None:
    assert found()["language"] == ["de-CH"]


def test_repeated_and_comma_separated_tags_are_collected() -> None:
    assert found()["tags"] == [("weather", "roads", "snow")]


def test_article_author_profile_url_is_not_a_name() -> None:
    assert "author_text" not in found()


def test_article_author_name_is_reported() -> None:
    got = found('<meta property="article:author" content="Lena Brunner">')
    assert got["author_text"] == ["Lena Brunner"]


def test_og_updated_time_is_a_modified_date() -> None:
    got = found('<meta property="og:updated_time" content="2024-12-03T08:00:00+01:00">')
    assert "2024-12-03T08:00:00+01:00" in got["modified"]


def test_property_names_are_case_insensitive() -> None:
    got = found('<meta property="OG:SITE_NAME" content="Herald Online">')
    assert got["site_name"] == ["Alpine Herald", "Herald Online"]


def test_several_article_authors_are_one_byline() -> None:
    got = found('<meta property="article:author" content="Lena Brunner"><meta property="article:author" content="Tom Berg">')
    assert got["author_text"] == ["Lena Brunner; Tom Berg"]
