"""Dates as news pages write them, in several languages: text -> datetime, zone kept or absent.

Written for this project (real-world shapes). Named zones map to their offsets, a date without a
zone stays naive, and relative or partial dates give None.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from articlekit.fields.dates import parse_date

NOW = datetime(2025, 6, 15, 12, 0, tzinfo=timezone.utc)


def tz(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


UTC = timezone.utc

TABLE: list[tuple[str, datetime | date]] = [
    # machine formats
    ("2024-03-04T10:15:00+01:00", datetime(2024, 3, 4, 10, 15, tzinfo=tz(1))),
    ("2024-03-04T10:15:00.123+01:00", datetime(2024, 3, 4, 10, 15, 0, 123000, tzinfo=tz(1))),
    ("2024-03-04T09:15:00Z", datetime(2024, 3, 4, 9, 15, tzinfo=UTC)),
    ("2024-03-04T10:15:00+0100", datetime(2024, 3, 4, 10, 15, tzinfo=tz(1))),
    ("2024-03-04T04:15:00-05:00", datetime(2024, 3, 4, 4, 15, tzinfo=tz(-5))),
    ("2024-03-04T14:45:00+05:30", datetime(2024, 3, 4, 14, 45, tzinfo=tz(5.5))),
    ("2024-03-04 10:15:00", datetime(2024, 3, 4, 10, 15)),
    ("2024-03-04T10:15", datetime(2024, 3, 4, 10, 15)),
    ("2024-03-04", date(2024, 3, 4)),
    ("Mon, 04 Mar 2024 09:15:00 GMT", datetime(2024, 3, 4, 9, 15, tzinfo=UTC)),
    ("Mon, 04 Mar 2024 10:15:00 +0100", datetime(2024, 3, 4, 10, 15, tzinfo=tz(1))),
    ("1709543700", datetime(2024, 3, 4, 9, 15, tzinfo=UTC)),
    ("1709543700000", datetime(2024, 3, 4, 9, 15, tzinfo=UTC)),
    # English prose, named zones
    ("March 4, 2024", date(2024, 3, 4)),
    ("Mar. 4, 2024", date(2024, 3, 4)),
    ("4 March 2024", date(2024, 3, 4)),
    ("4th March 2024", date(2024, 3, 4)),
    ("Monday, March 4, 2024", date(2024, 3, 4)),
    ("March 4, 2024 10:15 AM", datetime(2024, 3, 4, 10, 15)),
    ("March 4, 2024 at 3:05 p.m.", datetime(2024, 3, 4, 15, 5)),
    ("March 4, 2024 10:15 AM EST", datetime(2024, 3, 4, 10, 15, tzinfo=tz(-5))),
    ("July 4, 2024 10:15 AM EDT", datetime(2024, 7, 4, 10, 15, tzinfo=tz(-4))),
    ("July 4, 2024 8:00 a.m. PDT", datetime(2024, 7, 4, 8, 0, tzinfo=tz(-7))),
    ("4 March 2024, 10:15 GMT", datetime(2024, 3, 4, 10, 15, tzinfo=UTC)),
    ("4 July 2024, 10:15 BST", datetime(2024, 7, 4, 10, 15, tzinfo=tz(1))),
    ("4 March 2024, 10:15 CET", datetime(2024, 3, 4, 10, 15, tzinfo=tz(1))),
    ("4 July 2024, 10:15 CEST", datetime(2024, 7, 4, 10, 15, tzinfo=tz(2))),
    ("4 March 2024, 18:15 JST", datetime(2024, 3, 4, 18, 15, tzinfo=tz(9))),
    ("4 March 2024, 14:45 IST", datetime(2024, 3, 4, 14, 45)),  # IST: India, Ireland or Israel: no hint, naive
    ("4 March 2024, 20:15 AEDT", datetime(2024, 3, 4, 20, 15, tzinfo=tz(11))),
    ("4 March 2024 10:15 GMT+1", datetime(2024, 3, 4, 10, 15, tzinfo=tz(1))),
    ("4 March 2024 10:15 UTC-3", datetime(2024, 3, 4, 10, 15, tzinfo=tz(-3))),
    ("4 March 2024 15:45 UTC+05:30", datetime(2024, 3, 4, 15, 45, tzinfo=tz(5.5))),
    ("Published on 4 March 2024, 10:15 CET", datetime(2024, 3, 4, 10, 15, tzinfo=tz(1))),
    ("Updated March 4, 2024 10:15 AM ET", datetime(2024, 3, 4, 10, 15, tzinfo=tz(-5))),
    # German
    ("04.03.2024", date(2024, 3, 4)),
    ("04.03.2024, 10:15 Uhr", datetime(2024, 3, 4, 10, 15)),
    ("4.3.2024", date(2024, 3, 4)),
    ("04.03.24 | 10:15 Uhr", datetime(2024, 3, 4, 10, 15)),
    ("4. März 2024", date(2024, 3, 4)),
    ("4. März 2024, 10:15 Uhr", datetime(2024, 3, 4, 10, 15)),
    ("Montag, 4. März 2024", date(2024, 3, 4)),
    ("4. Dezember 2024 um 10:15 MEZ", datetime(2024, 12, 4, 10, 15, tzinfo=tz(1))),
    ("4. Jänner 2024", date(2024, 1, 4)),
    # French, Spanish, Italian, Portuguese, Dutch
    ("4 mars 2024", date(2024, 3, 4)),
    ("4 mars 2024 à 10h15", datetime(2024, 3, 4, 10, 15)),
    ("4 février 2024", date(2024, 2, 4)),
    ("4 de marzo de 2024", date(2024, 3, 4)),
    ("4 de diciembre de 2024", date(2024, 12, 4)),
    ("4 dicembre 2024", date(2024, 12, 4)),
    ("4 de março de 2024", date(2024, 3, 4)),
    ("4 maart 2024", date(2024, 3, 4)),
    # Polish, Russian, Turkish, Scandinavian
    ("4 marca 2024", date(2024, 3, 4)),
    ("4 марта 2024", date(2024, 3, 4)),
    ("4 Mart 2024", date(2024, 3, 4)),
    ("4 mars 2024 kl. 10.15", datetime(2024, 3, 4, 10, 15)),
    # East Asian numeric
    ("2024.03.04 10:15", datetime(2024, 3, 4, 10, 15)),
    ("2024/03/04", date(2024, 3, 4)),
]

NOT_DATES = [
    "vor 3 Stunden",
    "3 hours ago",
    "il y a 2 jours",
    "hace 5 minutos",
    "gestern",
    "Yesterday",
    "10:15",
    "March 2024",
    "2024",
    "Sunday",
    "0000-00-00",
    "1970-01-01T00:00:00Z",
    "1899-12-31",
    "2024-02-30",
    "2024-13-01",
    "2099-01-01",
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_dates_table(text: str, expected: datetime | date) -> None:
    value = parse_date(text, now=NOW)
    assert value == expected and type(value) is type(expected)
    if isinstance(expected, datetime):
        assert isinstance(value, datetime) and value.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    value = parse_date(text)
    assert value is None, f"{text!r} read as {value}"


def test_the_tables_are_large_enough() -> None:
    assert len(TABLE) + len(NOT_DATES) >= 50
