"""Reading dates as pages write them: ISO 8601, RFC 2822, epoch seconds, and prose dates.

``parse_date`` turns one date string into a ``datetime`` when the text carries a time of day, or
a plain ``date`` when it names only a calendar day. The words dates are written with (month
names in some thirty languages, weekdays, joining words) are data in ``date_tables``; named time
zones are read in ``zones``.

Numeric dates are read by their shape: ``2024-05-03``, ``2024.05.03``, ``2024. 5. 3.`` and
``2024年5月3日`` are year first; dotted ``03.05.2024`` is day first everywhere; slashed
``03/05/2024`` is read by the region hint: month first for the US ("en-US", "us"), day first for
other regions and languages, and undecided for "en" alone (and "en-CA"), where a value that reads
as two different days gives None. A value that can be read only one way (``25/10/2020``) is read
that way.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta, timezone
from functools import cache
from typing import Any

from . import date_tables
from .zones import ZONE_WORDS, parse_region, zone_for

# Before this, a "publication date" is a placeholder (0001-01-01, 1970-01-01) or a typo.
EARLIEST_YEAR = 1990
# A date more than this far ahead of now is an embargo placeholder or a typo.
MAX_FUTURE = timedelta(days=2)
# Longer text is a sentence that happens to contain a date, not a date value.
MAX_DATE_CHARS = 80

# Countries that write numeric dates month first (03/05/2024 is March 5th).
MONTH_FIRST_COUNTRIES = frozenset({"us", "ph", "fm", "mh", "pw", "as", "gu", "pr", "vi", "um", "mp"})
# Countries whose English pages write both orders: their ambiguous values stay unread.
MIXED_ORDER_COUNTRIES = frozenset({"ca"})

_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_Z = re.compile(r"(?<=\d)Z$")
_ISO_COMPACT_OFFSET = re.compile(r"([+-]\d{2})(\d{2})$")
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}|\d{1,2}h\d{2}|\d\s?[ap]\.?\s?m\b|\d\s?[時时시]", re.IGNORECASE)


def _plain(text: str) -> str:
    """Text without diacritics ("März" -> "Marz"), letter case kept (zone names are upper case)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_PLAIN_LETTERS)


def _fold(word: str) -> str:
    """A word as the parser compares it: lower case, without diacritics ("März" -> "marz")."""
    return _plain(word.lower())


# Letters that carry no combining mark to drop but are written plain where pages drop accents.
_PLAIN_LETTERS = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ʼ": "'", "’": "'"}
)


@cache
def _parser_info(language: str | None = None) -> Any:
    """dateutil's parser settings with the month table (folded), for one page language.
    Built on first use: dateutil costs a tenth of articlekit's import time, and only dates
    written as prose need it."""
    from dateutil import parser as dateutil_parser

    months: list[list[str]] = [[] for _ in range(12)]
    overrides = date_tables.MONTHS_BY_LANGUAGE.get(language or "", {})
    folded_overrides = {_fold(name): number for name, number in overrides.items()}
    for number, names in enumerate(date_tables.MONTHS, start=1):
        for name in names:
            key = _fold(name)
            months[folded_overrides.get(key, number) - 1].append(key)

    class MultilingualInfo(dateutil_parser.parserinfo):
        MONTHS = [tuple(dict.fromkeys(names)) for names in months]  # type: ignore[misc]

    return MultilingualInfo()


@cache
def _skipped_words() -> frozenset[str]:
    return frozenset(_fold(w) for w in date_tables.WEEKDAYS + date_tables.DATE_PART_WORDS)


def parse_date(text: str, now: datetime | None = None, *, region: str | None = None) -> datetime | date | None:
    """A datetime (the text has a time of day) or a date (it names a day only) from one date
    string, or None when it is not a plausible date.

    The page's own offset or named zone is kept; a value without one stays naive. ``region``
    (a language/region tag such as "en-US", "de-AT", "zh-CN" or a country code such as "us")
    decides ambiguous numeric dates and ambiguous zone names (CST, IST, BST, AST).

    >>> parse_date("2024-05-03T15:47:42+02:00").isoformat()
    '2024-05-03T15:47:42+02:00'
    >>> parse_date("17 December 2025, 14:05 CET").isoformat()
    '2025-12-17T14:05:00+01:00'
    >>> parse_date("3. März 2024")
    datetime.date(2024, 3, 3)
    >>> parse_date("02/10/2020") is None, parse_date("02/10/2020", region="en-US")
    (True, datetime.date(2020, 2, 10))
    """
    text = text.strip()
    if not text or len(text) > MAX_DATE_CHARS:
        return None
    value: datetime | date | None = _parse_iso_date(text) or _parse_iso(text) or _parse_epoch(text)
    if value is None:
        value = _parse_text(text, region)
    if value is None or not _plausible(value, now):
        return None
    return value


def has_time(text: str) -> bool:
    """Whether a date string carries a time of day (not just a calendar day)."""
    return bool(_HAS_TIME.search(text) or _DOTTED_CLOCK.search(text) or _DOTTED_CLOCK_BEFORE_ZONE.search(text))


# A value ending in an offset or "Z": the only kind worth parsing to lend its zone.
_ENDS_WITH_OFFSET = re.compile(r"(?:[+-]\d{2}:?\d{2}|Z)$")


def with_offset_from(value: datetime | date, others: list[str]) -> datetime | date:
    """A naive value takes the offset of another value on the page that names the same
    wall-clock minute: the page then says which zone its naive timestamp meant. A ``date``
    has no wall-clock time and comes back unchanged.

    >>> with_offset_from(datetime(2024, 5, 3, 18, 11), ["2024-05-03T18:11:01+02:00"]).isoformat()
    '2024-05-03T18:11:00+02:00'
    """
    if not isinstance(value, datetime) or value.tzinfo is not None or not has_time_of_day(value):
        return value
    for raw in others:
        if not _ENDS_WITH_OFFSET.search(raw.strip()):
            continue
        other = _parse_iso(raw.strip())
        if other is not None and other.tzinfo is not None and _same_minute(other, value):
            return value.replace(tzinfo=other.tzinfo)
    return value


def has_time_of_day(value: datetime | date) -> bool:
    """Whether a parsed value carries a time: a ``date`` never does, and a datetime at exactly
    midnight is how machine formats write a bare day."""
    if not isinstance(value, datetime):
        return False
    return (value.hour, value.minute, value.second) != (0, 0, 0)


def _same_minute(a: datetime, b: datetime) -> bool:
    return a.replace(tzinfo=None, second=0, microsecond=0) == b.replace(tzinfo=None, second=0, microsecond=0)


def _parse_iso_date(text: str) -> date | None:
    if not _ISO_DATE.match(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _parse_iso(text: str) -> datetime | None:
    candidate = _ISO_Z.sub("+00:00", text)
    candidate = _ISO_COMPACT_OFFSET.sub(r"\1:\2", candidate) if "T" in candidate else candidate
    if len(candidate) < 11:  # a bare day ("2024-05-03", "20240503") is a date, read elsewhere
        return None
    try:
        value = datetime.fromisoformat(candidate)
    except ValueError:
        return None
    offset = value.utcoffset()
    if offset is not None and abs(offset.total_seconds()) > MAX_OFFSET_SECONDS:
        return value.replace(tzinfo=None)  # "-20:00": digits no zone has, as _with_zone reads them
    return value


def _parse_epoch(text: str) -> datetime | None:
    if not _EPOCH.match(text):
        return None
    seconds = int(text) / (1000 if len(text) == 13 else 1)
    try:
        return datetime.fromtimestamp(seconds, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None


# ---------------------------------------------------------------- rewriting text for dateutil

# Two defaults that differ in every part: a part that comes out different was not in the text
# and would have been made up (dateutil fills gaps from the default).
_DEFAULT_A = datetime(1904, 1, 1, 0, 0, 0)
_DEFAULT_B = datetime(1908, 2, 2, 1, 1, 1)

# "7th", "1er", "1º", "3-го": the day number alone is read.
_ORDINAL = re.compile(
    r"(?<=\d)(?:" + "|".join(re.escape(s) for s in sorted(date_tables.ORDINAL_SUFFIXES, key=len, reverse=True))
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)

# "2005年3月21日", "2024년 5월 3일" (full-width digits are made ASCII first).
_CJK_DATE = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일号號]?")
# "11時21分", "14시 22분", "11时": a clock time in words.
_CJK_CLOCK = re.compile(r"(\d{1,2})\s*[時时시点點]\s*(?:(\d{1,2})\s*[分분])?")
_CJK_MERIDIEM = re.compile(
    "(" + "|".join(date_tables.MORNING_BEFORE + date_tables.AFTERNOON_BEFORE) + r")\s*(\d{1,2}(?::\d{2}){0,2})"
)
# What is left of East Asian script (weekdays, "发布", brackets) says nothing the parser reads.
_CJK_REST = re.compile(r"[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]+")

# Numeric dates by shape: year first ("2024-5-3", "2025.12.17", "2024. 5. 3."), dotted day first
# ("23.01.2019", "23. 1. 2019", "25.04.24"), and slashed or dashed day/month ("02/10/2020").
_YEAR_FIRST = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s?([./-])\s?(\d{1,2})\s?\2\s?(\d{1,2})(?!\d)\.?")
_DOTTED = re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?![\d])")
_SLASHED = re.compile(r"(?<![\d./-])(\d{1,2})([/-])(\d{1,2})\2((?:19|20)\d{2})(?!\d)")

# "GMT+1", "UTC-05:30": pages mean the offset as written; dateutil would read the POSIX way
# (GMT+1 = one hour *behind*), so the offset is spelled out as "+01:00" first.
_NAMED_OFFSET = re.compile(r"\b(?:GMT|UTC)\s?([+-])(\d{1,2})(?::?(\d{2}))?\b", re.IGNORECASE)

# "kl. 10.15" (Scandinavian), "klo 10.15" (Finnish): a clock time with a dot, which dateutil
# reads as a decimal.
_DOTTED_CLOCK = re.compile(
    r"\b(?:" + "|".join(date_tables.CLOCK_WORDS) + r")\.?\s*(\d{1,2})\.(\d{2})\b", re.IGNORECASE
)

# "06.00 GMT", "14.30 Uhr", "9.15 am": a dotted clock time, known by what follows it.
_DOTTED_CLOCK_BEFORE_ZONE = re.compile(
    r"(?<![\d.])([01]?\d|2[0-3])\.([0-5]\d)(?=\s*(?:[AaPp]\.?\s?[Mm]\b|[Uu]hr\b|h\b|[A-Z]{2,5}\b))"
)

# Zone words after a time: "10:00 a.m. Eastern", "14:00 UK time".
_ZONE_WORDS = re.compile(
    r"(?<=[\d.mM])\s+("
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(ZONE_WORDS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)

# "à 10h15", "a las 10:15": a word that only says a time follows (folded: "à" reads "a").
_TIME_LEAD = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(sorted({re.escape(_fold(w)).replace(r"\ ", r"\s+") for w in date_tables.TIME_LEAD_WORDS}, key=len, reverse=True))
    + r")\s+(?=\d)",
    re.IGNORECASE,
)

# Words, with inner hyphens or apostrophes ("segunda-feira", "d'abril", "п'ятниця").
_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")


class _Undecided(Exception):
    """A numeric date whose day/month order the region does not decide, or no such day."""


def _month_first(region: str | None) -> bool | None:
    language, country = parse_region(region)
    if country is None:
        if language in MONTH_FIRST_COUNTRIES:
            return True
        return None if language in (None, "en") else False
    if country in MONTH_FIRST_COUNTRIES:
        return True
    if country in MIXED_ORDER_COUNTRIES and language == "en":
        return None
    return False


def _iso(year: int, month: int, day: int) -> str:
    try:
        return f" {date(year, month, day).isoformat()} "
    except ValueError:
        raise _Undecided from None


def _rewrite_numeric(text: str, region: str | None) -> str:
    match = _CJK_DATE.search(text)
    if match:
        year, month, day = (int(part) for part in match.groups())
        return text[: match.start()] + _iso(year, month, day) + text[match.end():]
    match = _YEAR_FIRST.search(text)
    if match:
        year, month, day = int(match.group(1)), int(match.group(3)), int(match.group(4))
        return text[: match.start()] + _iso(year, month, day) + text[match.end():]
    match = _DOTTED.search(text)
    if match:
        day, month, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        if year < 100:
            year += 1900 if year >= 70 else 2000
        return text[: match.start()] + _iso(year, month, day) + text[match.end():]
    match = _SLASHED.search(text)
    if match:
        first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
        if first > 12 >= second:
            day, month = first, second
        elif second > 12 >= first:
            month, day = first, second
        elif first == second:
            day = month = first
        else:
            order = _month_first(region)
            if order is None:
                raise _Undecided
            month, day = (first, second) if order else (second, first)
        return text[: match.start()] + _iso(year, month, day) + text[match.end():]
    return text


def _spell_offset(match: re.Match[str]) -> str:
    return f" {match.group(1)}{int(match.group(2)):02d}:{match.group(3) or '00'}"


def _meridiem(match: re.Match[str]) -> str:
    marker = "AM" if match.group(1) in date_tables.MORNING_BEFORE else "PM"
    clock = match.group(2) if ":" in match.group(2) else match.group(2) + ":00"
    return f" {clock} {marker} "


def _cjk_clock(match: re.Match[str]) -> str:
    return f"{match.group(1)}:{int(match.group(2) or 0):02d} "


def _zone_word(match: re.Match[str]) -> str:
    return " " + ZONE_WORDS[" ".join(match.group(1).lower().split())]


def _skip_words(text: str) -> str:
    skipped = _skipped_words()

    def replace(match: re.Match[str]) -> str:
        word = match.group(0)
        if len(word) > 2 and word[1] == "'" and word[0] in "dlDL":
            word = word[2:]  # "d'abril", "l'1"
        return " " if word.lower() in skipped else word

    return _WORD.sub(replace, text)


def _normalize(text: str, region: str | None) -> str:
    text = _ORDINAL.sub("", text)
    text = unicodedata.normalize("NFKC", text)
    text = _CJK_CLOCK.sub(_cjk_clock, text)
    text = _CJK_MERIDIEM.sub(_meridiem, text)
    text = _rewrite_numeric(text, region)
    text = _CJK_REST.sub(" ", text)
    text = _NAMED_OFFSET.sub(_spell_offset, text)
    text = _DOTTED_CLOCK.sub(r"\1:\2", text)
    text = _DOTTED_CLOCK_BEFORE_ZONE.sub(r"\1:\2", text)
    text = _ZONE_WORDS.sub(_zone_word, text)
    return _skip_words(_TIME_LEAD.sub(" ", _plain(text)))


def _parse_text(text: str, region: str | None) -> datetime | date | None:
    try:
        text = _normalize(text, region)
    except _Undecided:
        return None
    common = _parse_common(text, region)
    if common is not None:
        return common
    from dateutil import parser as dateutil_parser

    language, _ = parse_region(region)
    info = _parser_info(language if language in date_tables.MONTHS_BY_LANGUAGE else None)
    zones: list[tuple[str | None, int | None]] = []

    def capture(name: str | None, offset: int | None) -> None:
        zones.append((name, offset))
        return None

    try:
        first = dateutil_parser.parse(text, parserinfo=info, default=_DEFAULT_A, tzinfos=capture, fuzzy=True)
        second = dateutil_parser.parse(text, parserinfo=info, default=_DEFAULT_B, tzinfos=capture, fuzzy=True)
    except (ValueError, OverflowError, TypeError, ArithmeticError):
        return None
    if (first.year, first.month, first.day) != (second.year, second.month, second.day):
        return None  # the text lacks a year, a month or a day: "10:30", "3 hours ago", "2024"
    if first.hour != second.hour:
        return first.date()  # no time of day in the text
    return _with_zone(first, zones[0] if zones else (None, None), region)


# The shapes most printed dates take once normalized ("2026-05-18", "18 May 2026", "May 18,
# 2026", each with an optional "9:46 pm" and no zone), read without dateutil's fuzzy parse (a
# tenth of the time). Anything else, or a month word two languages read differently, goes to
# dateutil.
_COMMON = re.compile(
    r"[\s,.]*(?:(?P<y1>\d{4})-(?P<m1>\d{2})-(?P<d1>\d{2})"
    r"|(?P<d2>\d{1,2})\.?\s+(?P<w2>[^\W\d_]{3,})\.?,?\s+(?P<y2>\d{4})"
    r"|(?P<w3>[^\W\d_]{3,})\.?\s+(?P<d3>\d{1,2}),?\s+(?P<y3>\d{4}))"
    r"(?:[\s,|\u2022\u00b7\u2013-]+(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ap>[ap]\.?\s?m\.?)?(?:\s*(?:uhr|h))?"
    r"(?:\s*\(?(?P<zone>[+-]\d{2}:?\d{2}|(?-i:[A-Z]{2,5}))\)?)?)?[\s,.]*",
    re.IGNORECASE,
)


@cache
def _unique_months() -> dict[str, int]:
    """Folded month word -> month, for the words every language reads as the same month."""
    seen: dict[str, set[int]] = {}
    for number, names in enumerate(date_tables.MONTHS, start=1):
        for name in names:
            seen.setdefault(_fold(name), set()).add(number)
    for overrides in date_tables.MONTHS_BY_LANGUAGE.values():
        for name, number in overrides.items():
            seen.setdefault(_fold(name), set()).add(number)
    return {word: next(iter(numbers)) for word, numbers in seen.items() if len(numbers) == 1}


def _parse_common(text: str, region: str | None) -> datetime | date | None:
    match = _COMMON.fullmatch(text)
    if match is None:
        return None
    parts = match.groupdict()
    if parts["y1"]:
        year, month, day = int(parts["y1"]), int(parts["m1"]), int(parts["d1"])
    else:
        word = _fold(parts["w2"] or parts["w3"])
        found = _unique_months().get(word)
        if found is None:
            return None
        year, month, day = int(parts["y2"] or parts["y3"]), found, int(parts["d2"] or parts["d3"])
    try:
        day_value = date(year, month, day)
    except ValueError:
        return None
    if parts["h"] is None:
        return day_value
    hour, minute, second = int(parts["h"]), int(parts["mi"]), int(parts["s"] or 0)
    meridiem = (parts["ap"] or "").lower()[:1]
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    value = datetime(year, month, day, hour, minute, second)
    zone = parts["zone"]
    if not zone:
        return value
    if zone[0] in "+-":
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        return _with_zone(value, (None, sign * (int(digits[:2]) * 3600 + int(digits[2:]) * 60)), region)
    return _with_zone(value, (zone, None), region)


def _with_zone(value: datetime, zone: tuple[str | None, int | None], region: str | None) -> datetime:
    name, offset = zone
    if name:
        named = zone_for(name, value, region)
        if named is not None:
            return value.replace(tzinfo=named)
    if offset is not None and abs(offset) <= MAX_OFFSET_SECONDS:
        return value.replace(tzinfo=timezone(timedelta(seconds=offset)))
    return value  # no zone, or digits that no zone has ("-20:00"): the time stays local


# The widest UTC offsets in use are -12:00 and +14:00 (Kiribati).
MAX_OFFSET_SECONDS = 14 * 3600


def _plausible(value: datetime | date, now: datetime | None) -> bool:
    if value.year < EARLIEST_YEAR:
        return False
    reference = now or datetime.now(timezone.utc)
    if not isinstance(value, datetime):
        return value - reference.date() <= MAX_FUTURE
    aware = value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    try:
        return aware - reference <= MAX_FUTURE
    except (OverflowError, ValueError, TypeError):
        return False
