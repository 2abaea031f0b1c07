"""Headlines: the site name taken off titles, and the visible <h1> agreed with the metadata."""

from __future__ import annotations

import pytest

from articlekit.fields.headline import choose_headline, strip_site_name
from articlekit.fields.merge import HEADLINE_WEIGHTS, merge
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


def test_a_title_with_a_tail_confirms_the_title_without_it() -> None:
    # "Headline - Tail" in every metadata field, the bare headline in the <h1>: the tail is an
    # SEO suffix the metadata added, so the <h1> wins.
    found = [
        ("Event planning in seven steps - Top 12 Venues Compared", "jsonld"),
        ("Event planning in seven steps - Top 12 Venues Compared", "opengraph"),
        ("Event planning in seven steps", "h1"),
    ]
    assert choose_headline(found, HEADLINE_WEIGHTS, []) == ("Event planning in seven steps", "h1")


def test_an_unknown_brand_after_a_bar_is_taken_off_every_source() -> None:
    found = [
        ("Event planning in seven steps | Acme Venues", "jsonld"),
        ("Event planning in seven steps | Acme Venues", "opengraph"),
        ("Event planning in seven steps", "h1"),
    ]
    assert choose_headline(found, HEADLINE_WEIGHTS, [])[0] == "Event planning in seven steps"  # type: ignore[index]


def test_the_h1_the_metadata_agrees_with_is_the_story_headline() -> None:
    found = [
        ("How to read a tide table", "opengraph"),
        ("Harbour Almanac Online", "h1"),  # the site's logo set as an <h1>
        ("How to read a tide table", "h1"),
    ]
    assert choose_headline(found, HEADLINE_WEIGHTS, []) == ("How to read a tide table", "h1")


def test_an_h1_that_is_the_site_name_does_not_vote() -> None:
    found = [("Harbour Almanac", "h1"), ("How to read a tide table", "opengraph")]
    assert choose_headline(found, HEADLINE_WEIGHTS, ["Harbour Almanac"]) == ("How to read a tide table", "opengraph")


def test_an_entity_escaped_twice_is_read_as_its_character() -> None:
    found = [("12 Must-Have Tools for Data Analysis: Python, SQL &#x26; AI", "title")]
    assert choose_headline(found, {"title": 1.0}, []) == ("12 Must-Have Tools for Data Analysis: Python, SQL & AI", "title")


def test_short_words_do_not_pick_a_teasers_h1() -> None:
    found = [
        ("Our Favorite Biking Spots in Houston", "opengraph"),
        ("Where to Bike in Houston | Houstonia", "title"),
        ("The Best Trails and Neighborhoods in Houston for Biking", "h1"),
        ("Here's Where to Kayak and Paddle in Houston", "h1"),
    ]
    assert choose_headline(found, {"opengraph": 1.0, "title": 1.0, "h1": 3.0}, ["Houstonia"]) == (
        "The Best Trails and Neighborhoods in Houston for Biking", "h1",
    )
