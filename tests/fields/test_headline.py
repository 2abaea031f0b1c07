"""Headlines: the site name taken off titles, and the visible <h1> agreed with the metadata."""

from __future__ import annotations

import pytest

from articlekit.fields.headline import strip_site_name
from articlekit.fields.merge import merge
from articlekit.sources.candidate import Candidate, Candidates

SITE = ["The Daily Ledger"]


@pytest.mark.parametrize(
    "title",
    [
        "Rates held again | The Daily Ledger",
        "Rates held again - The Daily Ledger",
        "Rates held again – The Daily Ledger",
        "Rates held again — The Daily Ledger",
        "Rates held again » The Daily Ledger",
        "Rates held again | the daily ledger",
    ],
)
def test_site_name_suffix_is_stripped(title: str) -> None:
    assert strip_site_name(title, SITE) == "Rates held again"


def test_site_name_prefix_is_stripped() -> None:
    assert strip_site_name("The Daily Ledger - Rates held again", SITE) == "Rates held again"


@pytest.mark.parametrize(
    "title",
    [
        "Rates held again",  # no separator at all
        "Rates held again - Analysts expected a cut",  # separated, but no site name
        "Anti-war protest fills the square",  # a hyphen inside a word is not a separator
    ],
)
def test_title_without_the_site_name_is_unchanged(title: str) -> None:
    assert strip_site_name(title, SITE) == title


def test_only_the_site_name_part_goes_even_when_the_headline_names_the_site() -> None:
    assert strip_site_name("Ledger chief steps down - The Daily Ledger", SITE) == "Ledger chief steps down"


def test_colon_inside_the_headline_is_kept() -> None:
    assert strip_site_name("Mid-term results: what we know | Ledger", ["Ledger"]) == "Mid-term results: what we know"


def headline_of(*candidates: Candidate) -> tuple[str | None, str | None]:
    fields = merge(Candidates.of(candidates))
    return fields.headline, fields.provenance.get("headline")


def test_title_tag_with_site_name_gives_the_bare_headline() -> None:
    headline, _ = headline_of(
        Candidate("title", "Rates held again as inflation cools | The Daily Ledger", "html"),
        Candidate("site_name", "The Daily Ledger", "opengraph"),
    )
    assert headline == "Rates held again as inflation cools"


def test_h1_confirmed_by_metadata_wins_over_a_different_seo_title() -> None:
    headline, _ = headline_of(
        Candidate("headline", "Rates held again as inflation cools", "opengraph"),
        Candidate("h1", "Rates held again as inflation cools", "html"),
        Candidate("headline", "Central bank rates decision live updates and analysis", "meta"),
    )
    assert headline == "Rates held again as inflation cools"


def test_short_label_h1_is_not_a_headline() -> None:
    headline, _ = headline_of(
        Candidate("h1", "News", "html"),
        Candidate("headline", "Rates held again as inflation cools", "opengraph"),
    )
    assert headline == "Rates held again as inflation cools"


def test_jsonld_headline_beats_a_lone_title_tag() -> None:
    headline, source = headline_of(
        Candidate("title", "Ledger | Home of business news", "html"),
        Candidate("headline", "Rates held again as inflation cools", "jsonld"),
    )
    assert (headline, source) == ("Rates held again as inflation cools", "jsonld")
