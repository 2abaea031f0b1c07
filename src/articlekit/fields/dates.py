"""Reading dates as pages write them: ISO 8601, RFC 2822, epoch seconds, and prose dates."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo

from dateutil import parser as dateutil_parser
from dateutil import tz

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

class _MultilingualInfo(dateutil_parser.parserinfo):
    """Month names in the languages news is most often written in. Abbreviations that are also
    common English words ("ago", "out", "set") are left out: fuzzy parsing would find them in
    "3 hours ago"."""

    MONTHS: list[tuple[str, ...]] = [  # type: ignore[assignment]
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


_PARSER_INFO = _MultilingualInfo()

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


def _parse_prose(text: str) -> datetime | None:
    try:
        first = dateutil_parser.parse(text, parserinfo=_PARSER_INFO, default=_DEFAULT_A, tzinfos=_ZONES, fuzzy=True)
        second = dateutil_parser.parse(text, parserinfo=_PARSER_INFO, default=_DEFAULT_B, tzinfos=_ZONES, fuzzy=True)
    except (ValueError, OverflowError, TypeError, ArithmeticError):
        return None
    if (first.year, first.month, first.day) != (second.year, second.month, second.day):
        return None  # the text lacks a year, a month or a day: "10:30", "3 hours ago", "2024"
    value = first
    if value.tzinfo is not None and value.tzinfo == tz.tzlocal():
        value = value.replace(tzinfo=None)
    return value


def _plausible(value: datetime, now: datetime | None) -> bool:
    if value.year < EARLIEST_YEAR:
        return False
    reference = now or datetime.now(timezone.utc)
    aware = value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    try:
        return aware - reference <= MAX_FUTURE
    except (OverflowError, ValueError):
        return False
