"""Named time zones: fixed abbreviations, generic names at the date's offset, ambiguous ones by
the region hint, unknown ones naive."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from articlekit.fields import zones
from articlekit.fields.dates import parse_date
from articlekit.fields.zones import parse_region, zone_for

NOW = datetime(2025, 12, 31, 12, 0, tzinfo=timezone.utc)


def tz(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


def offset_of(text: str, region: str | None = None) -> timedelta | None:
    value = parse_date(text, now=NOW, region=region)
    assert isinstance(value, datetime), f"{text!r} read as {value!r}"
    return value.utcoffset()


def test_et_follows_daylight_saving_time() -> None:
    assert offset_of("May 3, 2024 10:00 AM ET") == timedelta(hours=-4)
    assert offset_of("January 3, 2024 10:00 AM ET") == timedelta(hours=-5)
    # The switch: 10 March 2024, 2:00 local.
    assert offset_of("March 9, 2024 10:00 AM ET") == timedelta(hours=-5)
    assert offset_of("March 11, 2024 10:00 AM ET") == timedelta(hours=-4)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("July 9, 2024 6:15 a.m. PT", -7),
        ("February 9, 2024 6:15 a.m. PT", -8),
        ("July 9, 2024 6:15 a.m. Pacific Time", -7),
        ("July 9, 2024 6:15 a.m. PDT", -7),
        # An explicit standard-time abbreviation keeps its own offset, even in summer.
        ("July 9, 2024 6:15 a.m. PST", -8),
        ("July 9, 2024 6:15 a.m. EST", -5),
        ("July 9, 2024 6:15 CET", 1),
        ("January 9, 2024 6:15 CEST", 2),
    ],
)
def test_pacific_and_fixed_abbreviations(text: str, hours: float) -> None:
    assert offset_of(text) == timedelta(hours=hours)


@pytest.mark.parametrize(
    ("region", "hours"),
    [("en-US", -6), ("us", -6), ("zh-CN", 8), ("zh", 8), ("zh-TW", 8), ("cn", 8), (None, None), ("de", None), ("en", None)],
)
def test_cst_by_region(region: str | None, hours: float | None) -> None:
    expected = None if hours is None else timedelta(hours=hours)
    assert offset_of("3 May 2024 10:00 CST", region) == expected


@pytest.mark.parametrize(
    ("region", "summer", "winter"),
    [("en-IN", 5.5, 5.5), ("hi", 5.5, 5.5), ("in", 5.5, 5.5), ("en-IE", 1, 1), ("ga", 1, 1),
     ("he", 3, 2), ("he-IL", 3, 2), (None, None, None), ("en-GB", None, None)],
)
def test_ist_by_region(region: str | None, summer: float | None, winter: float | None) -> None:
    def hours(value: float | None) -> timedelta | None:
        return None if value is None else timedelta(hours=value)

    assert offset_of("3 July 2024 10:00 IST", region) == hours(summer)
    assert offset_of("3 January 2024 10:00 IST", region) == hours(winter)


def test_bst_is_british_unless_bangladeshi() -> None:
    assert offset_of("3 July 2024 10:00 BST") == timedelta(hours=1)
    assert offset_of("3 July 2024 10:00 BST", "en-GB") == timedelta(hours=1)
    assert offset_of("3 July 2024 10:00 BST", "bn-BD") == timedelta(hours=6)
    assert offset_of("3 July 2024 10:00 BST", "bn") == timedelta(hours=6)


def test_ast_is_atlantic_unless_arabic() -> None:
    assert offset_of("3 July 2024 10:00 AST") == timedelta(hours=-4)
    assert offset_of("3 July 2024 10:00 AST", "ar") == timedelta(hours=3)
    assert offset_of("3 July 2024 10:00 AST", "ar-SA") == timedelta(hours=3)


def test_uk_time_follows_british_summer_time() -> None:
    assert offset_of("3 July 2024 10:00 UK time") == timedelta(hours=1)
    assert offset_of("3 January 2024 10:00 UK time") == timedelta(0)


def test_unknown_zone_name_stays_naive() -> None:
    assert offset_of("3 May 2024 10:00 MYT") is None
    assert offset_of("3 May 2024 10:00 XYZT") is None


@pytest.mark.parametrize(
    ("text", "hours"),
    [("3 May 2024 10:00 GMT+1", 1), ("3 May 2024 10:00 GMT-5", -5), ("3 May 2024 10:00 UTC+05:30", 5.5),
     ("3 May 2024 10:00 GMT", 0), ("3 May 2024 10:00 UTC", 0), ("3 May 2024 10:00 +0300", 3)],
)
def test_named_and_numeric_offsets(text: str, hours: float) -> None:
    assert offset_of(text) == timedelta(hours=hours)


def test_offsets_are_fixed_timezones_not_zoneinfo() -> None:
    value = parse_date("May 3, 2024 10:00 AM ET", now=NOW)
    assert isinstance(value, datetime) and type(value.tzinfo) is timezone
    assert value.isoformat() == "2024-05-03T10:00:00-04:00"


def test_a_missing_tz_database_leaves_values_naive(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zones, "load_zone", lambda name: None)
    assert zone_for("ET", datetime(2024, 5, 3, 10)) is None
    assert zone_for("EST", datetime(2024, 5, 3, 10)) == tz(-5)  # fixed ones need no database
    assert offset_of("May 3, 2024 10:00 AM ET") is None


def test_an_unknown_iana_name_is_not_an_error() -> None:
    assert zones.load_zone("Nowhere/Atlantis") is None
    assert zones.load_zone("../etc/passwd") is None


@pytest.mark.parametrize(
    ("tag", "expected"),
    [("en-US", ("en", "us")), ("en_GB", ("en", "gb")), ("de-AT", ("de", "at")), ("fr-CA", ("fr", "ca")),
     ("zh-Hant-TW", ("zh", "tw")), ("sr-Latn", ("sr", None)), ("he", ("he", None)), ("US", ("us", None)),
     ("", (None, None)), (None, (None, None)), ("123", (None, None))],
)
def test_parse_region(tag: str | None, expected: tuple[str | None, str | None]) -> None:
    assert parse_region(tag) == expected
