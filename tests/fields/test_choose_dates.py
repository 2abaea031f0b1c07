"""The date decision, by the patterns that make sources disagree on real pages (written for
this project): each test is one class of page, not one page."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from articlekit.fields.choose_dates import DISCOUNTS, SOURCE_WEIGHTS, choose_dates, numeric_order_region
from articlekit.fields.merge import PRECEDENCE
from articlekit.sources.candidate import Candidate

ORDER = PRECEDENCE["published"]
EST = timezone(timedelta(hours=-5))


def pub(value: str, source: str, where: str = "") -> Candidate:
    return Candidate("published", value, source, where)


def mod(value: str, source: str, where: str = "") -> Candidate:
    return Candidate("modified", value, source, where)


def test_tables_are_data_with_known_sources() -> None:
    for key in SOURCE_WEIGHTS:
        assert key.split(":")[0] in ORDER
    assert all(0 < factor < 1 for factor in DISCOUNTS.values())


def test_agreeing_sources_give_the_strongest_value_with_its_time() -> None:
    choice = choose_dates(
        [pub("2024-03-01T09:00:00+01:00", "jsonld"), pub("March 1, 2024", "text", "label")], [], ORDER
    )
    assert choice.published == datetime(2024, 3, 1, 9, tzinfo=timezone(timedelta(hours=1)))
    assert choice.published_source == "jsonld"


def test_a_date_only_value_stays_a_date() -> None:
    choice = choose_dates([pub("March 3, 2024", "text", "label")], [], ORDER)
    assert choice.published == date(2024, 3, 3) and type(choice.published) is date


def test_utc_value_is_given_in_the_offset_the_page_names_elsewhere() -> None:
    # JSON-LD in UTC after midnight; the page's <time> elements carry -05:00.
    choice = choose_dates(
        [pub("2025-12-19T02:41:41+00:00", "opengraph"), pub("2025-12-18T21:46:01-05:00", "html")],
        [mod("2025-12-19T14:39:52+00:00", "opengraph")],
        ORDER,
    )
    assert choice.published == datetime(2025, 12, 18, 21, 41, 41, tzinfo=EST)
    assert choice.modified == datetime(2025, 12, 19, 9, 39, 52, tzinfo=EST)


def test_utc_value_takes_the_urls_day_when_the_page_names_no_offset() -> None:
    choice = choose_dates([pub("2025-12-19T03:05:00+00:00", "opengraph"), pub("2025-12-18", "url")], [], ORDER)
    assert choice.published == date(2025, 12, 18)


def test_utc_value_takes_the_offset_of_a_printed_time_of_the_same_instant() -> None:
    choice = choose_dates(
        [pub("2025-12-19T03:05:00+00:00", "opengraph"), pub("2025-12-18", "url"), pub("December 18, 2025, 10:05 pm", "text", "label")],
        [],
        ORDER,
    )
    assert choice.published == datetime(2025, 12, 18, 22, 5, tzinfo=EST)


def test_utc_value_keeps_its_day_when_nothing_says_otherwise() -> None:
    choice = choose_dates([pub("2024-08-27T10:32:24+00:00", "jsonld"), pub("16.08.2024", "text", "date class")], [], ORDER)
    assert choice.published == datetime(2024, 8, 27, 10, 32, 24, tzinfo=timezone.utc)


def test_a_cms_meta_date_yields_to_the_printed_date_and_time_element() -> None:
    choice = choose_dates(
        [pub("2024-07-05T14:20:08Z", "meta"), pub("2024-03-01 05:00:00", "html"), pub("March 1, 2024", "text", "under headline")],
        [],
        ORDER,
    )
    assert choice.published == datetime(2024, 3, 1, 5)
    assert "meta" in choice.reason


def test_json_ld_built_with_the_page_yields_to_the_printed_day() -> None:
    # datePublished == dateModified == the build time; the byline prints the real day.
    choice = choose_dates(
        [pub("2025-11-20T16:02:46Z", "jsonld"), pub("May 14, 2025", "text", "byline")],
        [mod("2025-11-20T16:02:46Z", "jsonld")],
        ORDER,
    )
    assert choice.published == date(2025, 5, 14)
    assert "build stamp" in choice.reason


def test_json_ld_equal_dates_are_believed_when_the_page_prints_a_later_day() -> None:
    choice = choose_dates(
        [pub("2025-04-08T03:00:00Z", "jsonld"), pub("2025-04-09", "text", "date class")],
        [mod("2025-04-08T03:00:00Z", "jsonld")],
        ORDER,
    )
    assert choice.published == datetime(2025, 4, 8, 3, tzinfo=timezone.utc)


def test_a_source_dating_many_days_is_a_listing_of_teasers() -> None:
    teasers = [pub(f"2026-03-{day:02d}T12:00:00+00:00", "microdata") for day in (13, 10, 9, 5, 11)]
    choice = choose_dates(teasers + [pub("March 27, 2025", "meta"), pub("Mar 27, 2025", "text", "under headline")], [], ORDER)
    assert choice.published == date(2025, 3, 27)
    assert "teasers" in choice.reason


def test_a_printed_last_update_never_replaces_the_declared_first_publication() -> None:
    # The theme prints its update date, unlabelled, where it prints "the" date.
    choice = choose_dates(
        [pub("2024-09-06T13:12:36+00:00", "opengraph"), pub("November 14, 2025", "text", "date class")],
        [mod("2025-11-14T06:49:57+00:00", "opengraph")],
        ORDER,
    )
    assert choice.published == datetime(2024, 9, 6, 13, 12, 36, tzinfo=timezone.utc)
    assert choice.modified is not None and choice.modified.day == 14


def test_only_an_update_date_is_the_published_date_too() -> None:
    choice = choose_dates([], [mod("Last updated: November 13, 2025", "text", "label")], ORDER)
    assert choice.published == date(2025, 11, 13) == choice.modified


def test_the_pages_own_unambiguous_dates_decide_the_order_of_its_ambiguous_ones() -> None:
    assert numeric_order_region(["17/12/2025", "03/04/2025"]) == "en-GB"
    assert numeric_order_region(["12/17/2025"]) == "en-US"
    assert numeric_order_region(["17/12/2025", "12/17/2025"]) is None
    choice = choose_dates([pub("03/04/2025", "text", "label"), pub("12/17/2025", "text", "date class")], [], ORDER)
    assert choice.published == date(2025, 3, 4)
    assert choose_dates([pub("03/04/2025", "text", "label")], [], ORDER).published is None
    assert choose_dates([pub("03/04/2025", "text", "label")], [], ORDER, "en-GB").published == date(2025, 4, 3)


def test_nothing_parseable_gives_nothing() -> None:
    assert choose_dates([pub("n/a", "jsonld")], [mod("soon", "meta")], ORDER).published is None


def test_json_ld_published_after_its_own_update_yields_to_the_printed_day() -> None:
    choice = choose_dates(
        [pub("Aug 21, 2025", "jsonld"), pub("Apr 26, 2023", "text", "label")],
        [mod("Aug 20, 2025", "jsonld")],
        ORDER,
    )
    assert choice.published == date(2023, 4, 26)
    assert "published after modified" in choice.reason


def test_a_date_under_the_headline_is_not_a_teaser_for_the_dates_printed_elsewhere() -> None:
    printed = [pub("Dec 18, 2025", "text", "under headline")] + [
        pub(f"Dec {day}, 2025", "text", "date class") for day in (17, 3, 1, 2)
    ]
    choice = choose_dates(
        [pub("2025-12-19T22:02:58Z", "jsonld"), *printed], [mod("2025-12-19T22:02:45Z", "jsonld")], ORDER
    )
    assert choice.published == date(2025, 12, 18)
