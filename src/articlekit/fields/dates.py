"""Reading dates as pages write them: ISO 8601, RFC 2822, epoch seconds, and prose dates."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo
from functools import cache
from typing import Any

# Before this, a "publication date" is a placeholder (0001-01-01, 1970-01-01) or a typo.
EARLIEST_YEAR = 1990
# A date more than this far ahead of now is an embargo placeholder or a typo.
MAX_FUTURE = timedelta(days=2)
# Longer text is a sentence that happens to contain a date, not a date value.
MAX_DATE_CHARS = 80

_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")
_ISO_Z = re.compile(r"(?<=\d)Z$")
_ISO_COMPACT_OFFSET = re.compile(r"([+-]\d{2})(\d{2})$")
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}")

# Month names in the languages news is most often written in. Abbreviations that are also
# common English words ("ago", "out", "set") are left out: fuzzy parsing would find them in
# "3 hours ago".
MONTH_NAMES: list[tuple[str, ...]] = [
    ("Jan", "January", "Januar", "Jänner", "janvier", "janv", "enero", "ene", "gennaio",
     "janeiro", "januari", "januar", "styczeń", "stycznia", "января", "январь", "ocak"),
    ("Feb", "February", "Februar", "Feber", "février", "févr", "febrero", "febbraio", "fevereiro",
     "fev", "februari", "luty", "lutego", "февраля", "февраль", "şubat"),
    ("Mar", "March", "März", "Maerz", "mars", "marzo", "março", "maart", "marzec", "marca",
     "марта", "март", "mart"),
    ("Apr", "April", "avril", "avr", "abril", "abr", "aprile", "kwiecień", "kwietnia", "апреля",
     "апрель", "nisan"),
    ("May", "Mai", "mayo", "maggio", "maio", "mei", "maj", "maja", "мая", "май", "mayıs"),
    ("Jun", "June", "Juni", "juin", "junio", "giugno", "giu", "junho", "czerwiec", "czerwca",
     "июня", "июнь", "haziran"),
    ("Jul", "July", "Juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipiec",
     "lipca", "июля", "июль", "temmuz"),
    ("Aug", "August", "août", "agosto", "augustus", "sierpień", "sierpnia", "августа",
     "август", "ağustos"),
    ("Sep", "Sept", "September", "septembre", "septiembre", "settembre", "setembro",
     "wrzesień", "września", "сентября", "сентябрь", "eylül"),
    ("Oct", "October", "Oktober", "octobre", "octubre", "ottobre", "ott", "outubro",
     "okt", "październik", "października", "октября", "октябрь", "ekim"),
    ("Nov", "November", "novembre", "noviembre", "novembro", "listopad", "listopada",
     "ноября", "ноябрь", "kasım"),
    ("Dec", "December", "Dezember", "Dez", "décembre", "déc", "diciembre", "dic", "dicembre",
     "dezembro", "desember", "grudzień", "grudnia", "декабря", "декабрь", "aralık"),
]


@cache
def _parser_info() -> Any:
    """dateutil's parser settings with ``MONTH_NAMES``. Built on first use: dateutil costs a tenth of
    articlekit's import time, and only dates written as prose need it."""
    from dateutil import parser as dateutil_parser

    class MultilingualInfo(dateutil_parser.parserinfo):
        MONTHS = MONTH_NAMES  # type: ignore[assignment]

    return MultilingualInfo()


_ZONES: dict[str, tzinfo] = {
    name: timezone(timedelta(hours=hours))
    for name, hours in {
        "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 1, "CET": 1, "MEZ": 1, "WEST": 1,
        "CEST": 2, "MESZ": 2, "EET": 2, "EEST": 3, "MSK": 3, "IST": 5.5, "ICT": 7, "WIB": 7,
        "HKT": 8, "SGT": 8, "AWST": 8, "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11,
        "NZST": 12, "NZDT": 13, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7,
        "MDT": -6, "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10, "ET": -5,
    }.items()
}


def _zone(name: str | None, offset: int | None) -> tzinfo | None:
    """dateutil's zone lookup: our named zones, else the numeric offset the text gave, else
    naive (an unknown name such as "MYT" is never guessed at, nor warned about)."""
    if name and name.upper() in _ZONES:
        return _ZONES[name.upper()]
    if offset is not None:
        return timezone(timedelta(seconds=offset))
    return None


# Day-first numeric dates: "05.04.2025" is the 5th of April wherever dots separate the parts.
_DOTTED_DAY_FIRST = re.compile(r"(?<!\d)\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}(?!\d)")


def parse_date(text: str, now: datetime | None = None) -> datetime | None:
    """A datetime from one date string, or None when it is not a plausible date.

    The page's own offset or named zone is kept; a value without one stays naive.

    >>> parse_date("2024-05-03T15:47:42+02:00").isoformat()
    '2024-05-03T15:47:42+02:00'
    >>> parse_date("17 December 2025, 14:05 CET").isoformat()
    '2025-12-17T14:05:00+01:00'
    """
    text = text.strip()
    if not text or len(text) > MAX_DATE_CHARS:
        return None
    value = _parse_iso(text) or _parse_epoch(text) or _parse_prose(text)
    if value is None or not _plausible(value, now):
        return None
    return value


def has_time(text: str) -> bool:
    """Whether a date string carries a time of day (not just a calendar day)."""
    return bool(_HAS_TIME.search(text))


# A value ending in an offset or "Z": the only kind worth parsing to lend its zone.
_ENDS_WITH_OFFSET = re.compile(r"(?:[+-]\d{2}:?\d{2}|Z)$")


def with_offset_from(value: datetime, others: list[str]) -> datetime:
    """A naive value takes the offset of another value on the page that names the same
    wall-clock minute: the page then says which zone its naive timestamp meant.

    >>> with_offset_from(datetime(2024, 5, 3, 18, 11), ["2024-05-03T18:11:01+02:00"]).isoformat()
    '2024-05-03T18:11:00+02:00'
    """
    if value.tzinfo is not None or not has_time_of_day(value):
        return value
    for raw in others:
        if not _ENDS_WITH_OFFSET.search(raw.strip()):
            continue
        other = _parse_iso(raw.strip())
        if other is not None and other.tzinfo is not None and _same_minute(other, value):
            return value.replace(tzinfo=other.tzinfo)
    return value


def has_time_of_day(value: datetime) -> bool:
    """Whether a parsed value carries a time (midnight exactly is how a bare date reads)."""
    return (value.hour, value.minute, value.second) != (0, 0, 0)


def _same_minute(a: datetime, b: datetime) -> bool:
    return a.replace(tzinfo=None, second=0, microsecond=0) == b.replace(tzinfo=None, second=0, microsecond=0)


def _parse_iso(text: str) -> datetime | None:
    candidate = _ISO_Z.sub("+00:00", text)
    candidate = _ISO_COMPACT_OFFSET.sub(r"\1:\2", candidate) if "T" in candidate else candidate
    try:
        return datetime.fromisoformat(candidate)
    except ValueError:
        return None


def _parse_epoch(text: str) -> datetime | None:
    if not _EPOCH.match(text):
        return None
    seconds = int(text) / (1000 if len(text) == 13 else 1)
    try:
        return datetime.fromtimestamp(seconds, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None


# Two defaults that differ in every part: a part that comes out different was not in the text
# and would have been made up (dateutil fills gaps from the default).
_DEFAULT_A = datetime(1904, 1, 1)
_DEFAULT_B = datetime(1908, 2, 2)


# "GMT+1", "UTC-05:30": pages mean the offset as written; dateutil would read the POSIX way
# (GMT+1 = one hour *behind*), so the offset is spelled out as "+01:00" first.
_NAMED_OFFSET = re.compile(r"\b(?:GMT|UTC)\s?([+-])(\d{1,2})(?::?(\d{2}))?\b", re.IGNORECASE)


def _spell_offset(match: re.Match[str]) -> str:
    return f"{match.group(1)}{int(match.group(2)):02d}:{match.group(3) or '00'}"


# "kl. 10.15" (Scandinavian): a clock time with a dot, which dateutil reads as a decimal.
_DOTTED_CLOCK = re.compile(r"\b(?:kl\.?|klockan|klokka|klo)\s*(\d{1,2})\.(\d{2})\b", re.IGNORECASE)


def _parse_prose(text: str) -> datetime | None:
    text = _DOTTED_CLOCK.sub(r"\1:\2", _NAMED_OFFSET.sub(_spell_offset, text))
    from dateutil import parser as dateutil_parser

    info = _parser_info()
    try:
        dayfirst = bool(_DOTTED_DAY_FIRST.search(text))
        first = dateutil_parser.parse(
            text, parserinfo=info, default=_DEFAULT_A, tzinfos=_zone, fuzzy=True, dayfirst=dayfirst
        )
        second = dateutil_parser.parse(
            text, parserinfo=info, default=_DEFAULT_B, tzinfos=_zone, fuzzy=True, dayfirst=dayfirst
        )
    except (ValueError, OverflowError, TypeError, ArithmeticError):
        return None
    if (first.year, first.month, first.day) != (second.year, second.month, second.day):
        return None  # the text lacks a year, a month or a day: "10:30", "3 hours ago", "2024"
    return first


def _plausible(value: datetime, now: datetime | None) -> bool:
    if value.year < EARLIEST_YEAR:
        return False
    reference = now or datetime.now(timezone.utc)
    aware = value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    try:
        return aware - reference <= MAX_FUTURE
    except (OverflowError, ValueError):
        return False
