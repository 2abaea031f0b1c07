"""parse_date: ISO 8601, RFC 2822, epoch seconds and prose dates; zones kept, never invented."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from articlekit.fields.dates import has_time, parse_date, with_offset_from

NOW = datetime(2025, 6, 15, 12, 0, tzinfo=timezone.utc)


def tz(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-03T15:47:42+02:00", datetime(2024, 5, 3, 15, 47, 42, tzinfo=tz(2))),
        ("2025-01-14T09:15:00+05:30", datetime(2025, 1, 14, 9, 15, tzinfo=tz(5.5))),
        ("2024-05-03T15:47:42Z", datetime(2024, 5, 3, 15, 47, 42, tzinfo=timezone.utc)),
        ("2024-05-03T15:47:42.000Z", datetime(2024, 5, 3, 15, 47, 42, tzinfo=timezone.utc)),
        ("2024-05-03T15:47:42-0400", datetime(2024, 5, 3, 15, 47, 42, tzinfo=tz(-4))),
        ("2024-05-03 15:47:42 +0200", datetime(2024, 5, 3, 15, 47, 42, tzinfo=tz(2))),
        ("  2024-05-03T15:47:42+02:00 ", datetime(2024, 5, 3, 15, 47, 42, tzinfo=tz(2))),
    ],
)
def test_iso_8601_keeps_the_page_offset(text: str, expected: datetime) -> None:
    value = parse_date(text, now=NOW)
    assert value == expected
    assert value is not None and value.utcoffset() == expected.utcoffset()


def test_iso_without_offset_stays_naive() -> None:
    assert parse_date("2024-05-03T15:47", now=NOW) == datetime(2024, 5, 3, 15, 47)
    assert parse_date("2024-05-03", now=NOW) == date(2024, 5, 3)  # a bare day is a date


def test_rfc_2822() -> None:
    value = parse_date("Thu, 01 Feb 2024 08:00:00 +0000", now=NOW)
    assert value == datetime(2024, 2, 1, 8, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("17 December 2024, 14:05 CET", datetime(2024, 12, 17, 14, 5, tzinfo=tz(1))),
        ("3 May 2024, 09:15 IST", datetime(2024, 5, 3, 9, 15)),  # India, Ireland or Israel: no hint, naive
        ("May 3, 2024 4:20 p.m. EDT", datetime(2024, 5, 3, 16, 20, tzinfo=tz(-4))),
        ("Fri, 03 May 2024 15:47:42 GMT", datetime(2024, 5, 3, 15, 47, 42, tzinfo=timezone.utc)),
    ],
)
def test_prose_dates_with_named_zones(text: str, expected: datetime) -> None:
    value = parse_date(text, now=NOW)
    assert value == expected
    assert value is not None and value.utcoffset() == expected.utcoffset()


def test_prose_date_without_zone_is_naive() -> None:
    assert parse_date("28.11.2024, 06:00 Uhr", now=NOW) == datetime(2024, 11, 28, 6, 0)


@pytest.mark.parametrize("text", ["1714743062", "1714743062000"])
def test_epoch_seconds_and_milliseconds_are_utc(text: str) -> None:
    assert parse_date(text, now=NOW) == datetime(2024, 5, 3, 13, 31, 2, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "not a date",
        "0001-01-01T00:00:00",  # CMS placeholder
        "1970-01-01T00:00:00Z",  # epoch zero placeholder
        "2024-02-30",  # no such day
        "2024-05-03T25:00:00",  # no such hour
        "Published on " + "a very long sentence that merely happens to mention a date " * 3 + "2024",
    ],
)
def test_not_a_plausible_date(text: str) -> None:
    assert parse_date(text, now=NOW) is None


def test_future_dates_beyond_two_days_are_rejected() -> None:
    assert parse_date("2025-06-16T12:00:00Z", now=NOW) is not None
    assert parse_date("2025-06-20T12:00:00Z", now=NOW) is None
    assert parse_date("2999-01-01", now=NOW) is None


@pytest.mark.parametrize("text", ["10:30", "Posted at 10:30", "2024", "Page 2 of 5", "Sunday"])
def test_missing_date_parts_are_never_filled_in_from_today(text: str) -> None:
    # None of these names a day. Called with the real clock (no ``now``), since a fuzzy parser
    # completes them from today's date, which a fixed ``now`` in the past would hide.
    assert parse_date(text) is None


def test_relative_date_is_not_read_as_a_clock_time_of_today() -> None:
    value = parse_date("3 hours ago")
    expected = datetime.now(timezone.utc) - timedelta(hours=3)
    assert value is None or abs(value.replace(tzinfo=value.tzinfo or timezone.utc) - expected) < timedelta(minutes=5)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("3. Mai 2024", date(2024, 5, 3)),
        ("le 3 mai 2024 à 10h30", datetime(2024, 5, 3, 10, 30)),
        ("1 февраля 2024", date(2024, 2, 1)),
    ],
)
def test_foreign_month_names_give_the_right_date_or_none(text: str, day: datetime | date) -> None:
    value = parse_date(text, now=NOW)
    assert value is None or value == day, f"{text!r} read as {value}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-03T15:47:42+02:00", True),
        ("3 May 2024, 09:15", True),
        ("2024-05-03", False),
        ("3 May 2024", False),
        ("4 mars 2024 kl. 10.15", True),
        ("Friday 22 November 2024 06.00 GMT", True),
        ("2024年5月3日 10時15分", True),
        ("4 mars 2024 à 10h15", True),
        ("23.01.2019", False),
    ],
)
def test_has_time(text: str, expected: bool) -> None:
    assert has_time(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 May 2024 10:00 GMT+1", datetime(2024, 5, 3, 10, 0, tzinfo=tz(1))),
        ("3 May 2024 10:00 GMT-5", datetime(2024, 5, 3, 10, 0, tzinfo=tz(-5))),
        ("3 May 2024 10:00 UTC+05:30", datetime(2024, 5, 3, 10, 0, tzinfo=tz(5.5))),
    ],
)
def test_gmt_plus_offsets_mean_what_they_say(text: str, expected: datetime) -> None:
    value = parse_date(text, now=NOW)
    assert value == expected and value is not None and value.utcoffset() == expected.utcoffset()


def test_unknown_zone_name_stays_naive_without_a_warning(recwarn: pytest.WarningsRecorder) -> None:
    assert parse_date("3 May 2024 10:00 MYT", now=NOW) == datetime(2024, 5, 3, 10, 0)
    assert not recwarn.list


@pytest.mark.parametrize(("text", "day"), [("05.04.2025", 5), ("05.04.2025, 10:30", 5), ("Do 25.04.24 | 14:07 Uhr", 25)])
def test_dotted_dates_are_day_first(text: str, day: int) -> None:
    value = parse_date(text, now=NOW)
    assert value is not None and value.day == day and value.month == 4


def test_a_naive_value_borrows_the_offset_of_the_same_minute() -> None:
    naive = datetime(2024, 5, 3, 18, 11, 1)
    assert with_offset_from(naive, ["2024-05-03T18:11:01+02:00"]) == naive.replace(tzinfo=tz(2))
    # Another minute, or another value without offset, lends nothing.
    assert with_offset_from(naive, ["2024-05-03T18:43:00+02:00", "2024-05-03T18:11:01"]) == naive
    # A bare date has no wall-clock time to match.
    assert with_offset_from(datetime(2024, 5, 3), ["2024-05-03T00:00:00+02:00"]).tzinfo is None


def test_a_day_is_a_date_and_a_written_midnight_a_datetime() -> None:
    assert type(parse_date("March 3, 2024", now=NOW)) is date
    assert type(parse_date("23.01.2019", now=NOW)) is date
    midnight = parse_date("2024-03-03T00:00:00+01:00", now=NOW)
    assert type(midnight) is datetime and midnight == datetime(2024, 3, 3, tzinfo=tz(1))
    assert parse_date("3 May 2024, 00:00", now=NOW) == datetime(2024, 5, 3, 0, 0)
    assert parse_date("May 3, 2024 12:00 AM", now=NOW) == datetime(2024, 5, 3, 0, 0)


def test_a_date_lends_and_borrows_no_offset() -> None:
    from articlekit.fields.dates import has_time_of_day

    day = date(2024, 5, 3)
    assert with_offset_from(day, ["2024-05-03T00:00:00+02:00"]) is day
    assert not has_time_of_day(day)
    assert has_time_of_day(datetime(2024, 5, 3, 0, 1))


def test_a_date_is_plausible_against_now_s_day() -> None:
    assert parse_date("17 June 2025", now=NOW) == date(2025, 6, 17)  # two days ahead
    assert parse_date("18 June 2025", now=NOW) is None
    assert parse_date("31 December 1989", now=NOW) is None


def test_digits_no_zone_has_are_not_an_offset() -> None:
    # Found by hypothesis: "-0:20" was read as an offset of minus two days and raised ValueError.
    now = datetime(2024, 6, 1, tzinfo=timezone.utc)
    assert parse_date("0:0-0:2000:010100", now=now) == datetime(2000, 1, 1)
    assert parse_date("2024-03-01T10:00:00-20:00", now=now) == datetime(2024, 3, 1, 10, 0)  # local time
    assert parse_date("2024-03-01 10:00 +25:00", now=now) == datetime(2024, 3, 1, 10, 0)
    widest = parse_date("2024-03-01T10:00:00+14:00", now=now)
    assert widest is not None and widest.utcoffset() == timedelta(hours=14)  # type: ignore[union-attr]
