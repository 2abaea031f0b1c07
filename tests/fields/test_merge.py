"""The merge: which source wins each field (PRECEDENCE), and the judgement a table cannot hold."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from articlekit.fields.merge import PRECEDENCE, Fields, merge
from articlekit.sources.candidate import Candidate, Candidates

SOURCES = {"jsonld", "opengraph", "meta", "microdata", "html", "text", "url"}


def merged(*candidates: Candidate) -> Fields:
    return merge(Candidates.of(candidates))


def test_precedence_table_names_only_known_sources() -> None:
    for field, order in PRECEDENCE.items():
        assert set(order) <= SOURCES, field
        assert len(order) == len(set(order)), field


@pytest.mark.parametrize(
    ("stronger", "weaker"),
    # A <time> element outweighs a plain <meta> (a CMS's "date" that disagrees with the page).
    [("jsonld", "opengraph"), ("opengraph", "meta"), ("html", "meta"), ("html", "text"), ("text", "url")],
)
def test_published_precedence(stronger: str, weaker: str) -> None:
    fields = merged(
        Candidate("published", "2024-03-02T10:00:00+00:00", weaker),
        Candidate("published", "2024-03-01T09:00:00+00:00", stronger),
    )
    assert fields.published == datetime(2024, 3, 1, 9, 0, tzinfo=timezone.utc)
    assert fields.provenance["published"] == stronger


def test_unparseable_date_falls_through_to_the_next_source() -> None:
    fields = merged(
        Candidate("published", "n/a", "jsonld"),
        Candidate("published", "2024-03-01T09:00:00+01:00", "opengraph"),
    )
    assert fields.published == datetime(2024, 3, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    assert fields.provenance["published"] == "opengraph"


def test_date_only_value_yields_to_the_same_day_with_a_time() -> None:
    fields = merged(
        Candidate("published", "2024-03-01", "jsonld"),
        Candidate("published", "2024-03-01T09:00:00+01:00", "html"),
    )
    assert fields.published == datetime(2024, 3, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))


def test_date_only_value_keeps_its_day_against_another_day_with_a_time() -> None:
    fields = merged(
        Candidate("published", "2024-03-01", "jsonld"),
        Candidate("published", "2024-02-27T09:00:00+01:00", "html"),
    )
    assert fields.published == date(2024, 3, 1)


def test_modified_is_chosen_apart_from_published() -> None:
    fields = merged(
        Candidate("published", "2024-03-01T09:00:00Z", "opengraph"),
        Candidate("modified", "2024-03-01T17:30:00Z", "opengraph"),
    )
    assert fields.published is not None and fields.modified is not None
    assert fields.modified - fields.published == timedelta(hours=8, minutes=30)


def test_a_page_dated_only_by_its_update_is_published_then() -> None:
    fields = merged(Candidate("modified", "2024-03-01T17:30:00Z", "text"))
    assert fields.published == fields.modified == datetime(2024, 3, 1, 17, 30, tzinfo=timezone.utc)
    assert fields.provenance["published"] == "text"


def test_an_update_date_never_replaces_a_publication_date() -> None:
    fields = merged(
        Candidate("modified", "2024-03-05T10:00:00Z", "jsonld"),
        Candidate("published", "2024-03-01", "url"),
    )
    assert fields.published == date(2024, 3, 1)


def test_url_date_is_used_only_when_nothing_else_gives_one() -> None:
    fields = merged(Candidate("published", "2024-03-01", "url"))
    assert fields.published == date(2024, 3, 1)
    assert fields.provenance["published"] == "url"


def test_section_precedence_and_cleaning() -> None:
    fields = merged(
        Candidate("section", "Sport", "url"),
        Candidate("section", "World, Middle East", "opengraph"),
        Candidate("section", "News", "html"),
    )
    assert (fields.section, fields.provenance["section"]) == ("World", "opengraph")


def test_section_that_is_a_url_is_skipped() -> None:
    fields = merged(
        Candidate("section", "https://example.com/world/", "jsonld"),
        Candidate("section", "World", "opengraph"),
    )
    assert fields.section == "World"


def test_source_missing_from_a_row_is_never_used() -> None:
    # Descriptions are not read from the visible HTML, nor sites' names from the URL.
    fields = merged(
        Candidate("description", "Teaser text from the page", "html"),
        Candidate("site_name", "Example", "url"),
    )
    assert fields.description is None and fields.site_name is None


def test_site_name_prefers_opengraph() -> None:
    fields = merged(Candidate("site_name", "Ledger App", "meta"), Candidate("site_name", "The Daily Ledger", "opengraph"))
    assert fields.site_name == "The Daily Ledger"


def test_canonical_url_prefers_the_link_element() -> None:
    fields = merged(
        Candidate("canonical_url", "https://m.ledger.example/a", "opengraph"),
        Candidate("canonical_url", "https://www.ledger.example/a", "html"),
    )
    assert fields.canonical_url == "https://www.ledger.example/a"


def test_language_keeps_the_first_of_a_list() -> None:
    assert merged(Candidate("language", "de, en", "meta")).language == "de"


def test_tags_from_the_strongest_source_only() -> None:
    fields = merged(
        Candidate("tags", ("elections",), "meta"),
        Candidate("tags", ("elections", "parliament"), "jsonld"),
    )
    assert fields.tags == ("elections", "parliament")


def test_structured_authors_beat_the_author_meta_tag() -> None:
    fields = merged(
        Candidate("author_text", "Ledger Staff", "meta"),
        Candidate("authors", ("Ana Lima", "Tom Berg"), "jsonld"),
    )
    assert fields.authors == ("Ana Lima", "Tom Berg")
    assert fields.provenance["authors"] == "jsonld"


def test_printed_byline_is_kept_as_the_byline_text() -> None:
    fields = merged(
        Candidate("authors", ("Ana Lima", "Tom Berg"), "jsonld"),
        Candidate("byline_text", "By Ana Lima and Tom Berg in Lisbon", "html"),
    )
    assert fields.authors == ("Ana Lima", "Tom Berg")
    assert fields.byline is not None and fields.byline.startswith("Ana Lima and Tom Berg")


def test_byline_alone_gives_the_authors() -> None:
    fields = merged(Candidate("byline_text", "By Ana Lima and Tom Berg", "html"))
    assert fields.authors == ("Ana Lima", "Tom Berg")
    assert fields.byline == "Ana Lima and Tom Berg"


def test_publisher_is_not_passed_off_as_a_person() -> None:
    fields = merged(
        Candidate("publisher", "The Daily Ledger", "jsonld"),
        Candidate("authors", ("The Daily Ledger", "Ana Lima"), "jsonld"),
    )
    assert fields.authors == ("Ana Lima",)


def test_provenance_names_the_source_of_every_value() -> None:
    fields = merged(
        Candidate("headline", "Rates held again as inflation cools", "jsonld"),
        Candidate("description", "The bank kept rates unchanged.", "opengraph"),
        Candidate("language", "en", "html"),
    )
    assert fields.provenance == {"headline": "jsonld", "description": "opengraph", "language": "html"}


def test_no_candidates_give_empty_fields() -> None:
    fields = merged()
    assert fields.headline is None and fields.authors == () and fields.published is None
    assert fields.provenance == {}


def test_a_naive_published_time_takes_the_offset_another_source_gives() -> None:
    fields = merged(
        Candidate("published", "2023-04-28 18:11:01.0", "jsonld"),
        Candidate("published", "2023-04-28T18:11:01+02:00", "meta"),
    )
    assert fields.published == datetime(2023, 4, 28, 18, 11, 1, tzinfo=timezone(timedelta(hours=2)))
    assert fields.provenance["published"] == "jsonld"


def test_a_visible_date_line_is_weaker_than_markup_but_beats_the_url() -> None:
    fields = merged(
        Candidate("published", "2024-05-01", "url"),
        Candidate("published", "3 May 2024", "text"),
    )
    assert fields.published == date(2024, 5, 3)
    assert fields.provenance["published"] == "text"


def test_a_section_that_is_only_the_site_name_is_skipped() -> None:
    fields = merged(
        Candidate("site_name", "MDR", "opengraph"),
        Candidate("section", "MDR.DE", "jsonld"),
        Candidate("section", "Politik", "meta"),
    )
    assert fields.section == "Politik"
