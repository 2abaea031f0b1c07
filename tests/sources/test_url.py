"""The URL path as the weakest source: a date and a section segment."""

from __future__ import annotations

import pytest

from articlekit.sources import url as url_source


def found(url: str) -> dict[str, str]:
    out = {}
    for c in url_source.candidates(url):
        assert c.source == "url"
        out[c.field] = c.value
    return out


def test_date_and_section_from_a_dated_path() -> None:
    got = found("https://www.lakeshorepost.example/politics/2025/04/22/council-budget-vote/")
    assert got == {"published": "2025-04-22", "section": "Politics"}


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/2024/5/3/story",
        "https://example.com/2024-05-03/story",
        "https://example.com/archive/2024/05/03",
        "https://example.com/news/2024-05-03-story-slug",
    ],
)
def test_date_spellings(url: str) -> None:
    assert found(url)["published"] == "2024-05-03"


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/2024/13/03/story",  # no 13th month
        "https://example.com/2024/05/40/story",  # no 40th day
        "https://example.com/1850/05/03/story",  # too early to be a publication date
        "https://example.com/story/202405031234",  # an id, not a date
    ],
)
def test_no_date_from_numbers_that_are_not_a_date(url: str) -> None:
    assert "published" not in found(url)


def test_hyphenated_section_becomes_title_case() -> None:
    assert found("https://example.com/real-estate/house-prices-fall")["section"] == "Real Estate"


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/news/house-prices-fall",
        "https://example.com/article/house-prices-fall",
        "https://example.com/amp/house-prices-fall",
        "https://example.com/house-prices-fall",  # one segment is the slug itself
        "https://example.com/",
    ],
)
def test_generic_first_segments_are_not_sections(url: str) -> None:
    assert "section" not in found(url)


def test_malformed_url_gives_nothing() -> None:
    assert found("http://[::1/broken") == {}
