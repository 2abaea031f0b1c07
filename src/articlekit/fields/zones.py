"""Named time zones as pages print them ("10:00 AM ET", "14:05 CET", "09:15 IST") -> offsets.

Three kinds of names:

- an abbreviation that says which offset it means (EST, EDT, PST, PDT, CET, CEST, AEST...) keeps
  that fixed offset, whatever the date: the page said standard or daylight time;
- a generic name (ET, PT, CT, MT, "Eastern", "UK time") means the IANA zone's offset in force at
  that wall-clock time: "10:00 AM ET" is -04:00 on 3 May 2024 and -05:00 on 3 January 2024;
- an ambiguous abbreviation (CST, IST, BST, AST) is read by the page's region hint; when the
  hint does not decide, it reads as its default if it has one, else the value stays naive.

Results are fixed ``datetime.timezone`` offsets, so serialized values read "+02:00".
A zone that cannot be loaded (no tz database) leaves the value naive; nothing raises.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from functools import cache

try:  # pragma: no cover - zoneinfo is standard from Python 3.9
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
except ImportError:  # pragma: no cover
    ZoneInfo = None  # type: ignore[assignment,misc]
    ZoneInfoNotFoundError = KeyError  # type: ignore[assignment,misc]

# Abbreviations that name one offset (standard or daylight), in hours east of UTC.
FIXED_ZONES: dict[str, float] = {
    "UTC": 0, "UT": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 1, "CET": 1, "MEZ": 1, "CEST": 2,
    "MESZ": 2, "EET": 2, "EEST": 3, "MSK": 3, "WAT": 1, "CAT": 2, "SAST": 2, "EAT": 3,
    "IDT": 3, "GST": 4, "PKT": 5, "NPT": 5.75, "ICT": 7, "WIB": 7, "WITA": 8, "WIT": 9,
    "HKT": 8, "SGT": 8, "PHT": 8, "AWST": 8, "JST": 9, "KST": 9, "ACST": 9.5, "ACDT": 10.5,
    "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
    "NST": -3.5, "NDT": -2.5, "ADT": -3, "BRT": -3, "ART": -3, "EST": -5, "EDT": -4,
    "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10,
}

# Generic names: the zone's offset at the date ("ET" is EST in winter, EDT in summer).
GENERIC_ZONES: dict[str, str] = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
    "AKT": "America/Anchorage",
    "AET": "Australia/Sydney",
    "UK": "Europe/London",
}

# Words for zones, written out; each is read as the abbreviation it maps to. Matched after a
# time of day only ("10:00 a.m. Eastern", "2 p.m. Pacific Time", "14:00 UK time").
ZONE_WORDS: dict[str, str] = {
    "eastern standard time": "EST",
    "eastern daylight time": "EDT",
    "eastern time": "ET",
    "eastern": "ET",
    "central standard time": "CST",
    "central daylight time": "CDT",
    "central time": "CT",
    "central": "CT",
    "mountain standard time": "MST",
    "mountain daylight time": "MDT",
    "mountain time": "MT",
    "mountain": "MT",
    "pacific standard time": "PST",
    "pacific daylight time": "PDT",
    "pacific time": "PT",
    "pacific": "PT",
    "uk time": "UK",
    "british summer time": "BST",
    "greenwich mean time": "GMT",
    "central european time": "CET",
    "central european summer time": "CEST",
}

# Ambiguous abbreviations: (reading without a deciding hint or None for "stay naive",
# ((region codes, reading), ...)). A region code is matched against the hint's country, then its
# language ("en-IN" -> "in", then "en"; a bare "he" or "us" is matched as given).
AMBIGUOUS_ZONES: dict[str, tuple[float | str | None, tuple[tuple[frozenset[str], float | str], ...]]] = {
    "CST": (None, (
        (frozenset({"us", "ca", "mx"}), -6),  # US/Canada Central Standard
        (frozenset({"zh", "cn", "tw", "hk", "mo"}), 8),  # China Standard (Cuba is not read)
    )),
    "IST": (None, (
        (frozenset({"in", "hi", "ta", "te", "mr", "kn", "ml", "gu", "pa"}), 5.5),  # India
        (frozenset({"ie", "ga"}), 1),  # Irish Standard (summer) Time
        (frozenset({"il", "he", "iw"}), "Asia/Jerusalem"),  # Israel
    )),
    "BST": (1, (  # British Summer Time unless the page is from Bangladesh
        (frozenset({"bd", "bn"}), 6),
    )),
    "AST": (-4, (  # Atlantic Standard Time unless the page is Arabic
        (frozenset({"ar", "sa", "ae", "qa", "kw", "bh", "iq", "ye", "om", "jo"}), 3),
    )),
}


def parse_region(region: str | None) -> tuple[str | None, str | None]:
    """(language, country) of a hint: "en-US" -> ("en", "us"), "de_AT" -> ("de", "at");
    a bare code ("de", "us", "he") -> (code, None), read as either.

    >>> parse_region("en_GB"), parse_region("zh-Hant-TW"), parse_region("us")
    (('en', 'gb'), ('zh', 'tw'), ('us', None))
    """
    if not region:
        return None, None
    parts = [p for p in region.strip().lower().replace("_", "-").split("-") if p]
    if not parts or not parts[0].isalpha():
        return None, None
    country = next((p for p in parts[1:] if len(p) == 2 and p.isalpha()), None)
    return parts[0][:8], country


def _codes(region: str | None) -> tuple[str, ...]:
    language, country = parse_region(region)
    return tuple(code for code in (country, language) if code)


@cache
def load_zone(name: str) -> ZoneInfo | None:
    """The IANA zone, or None when the tz database lacks it (cached per name)."""
    if ZoneInfo is None:  # pragma: no cover
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _offset(reading: float | str, wall: datetime) -> timezone | None:
    if isinstance(reading, str):
        zone = load_zone(reading)
        if zone is None:
            return None
        offset = wall.replace(tzinfo=zone).utcoffset()
        return timezone(offset) if offset is not None else None
    return timezone(timedelta(hours=reading))


def zone_for(name: str, wall: datetime, region: str | None = None) -> timezone | None:
    """The fixed offset a zone name means at a wall-clock time, or None (stay naive).

    >>> zone_for("ET", datetime(2024, 5, 3, 10)), zone_for("ET", datetime(2024, 1, 3, 10))
    (datetime.timezone(datetime.timedelta(days=-1, seconds=72000)), datetime.timezone(datetime.timedelta(days=-1, seconds=68400)))
    >>> zone_for("CST", datetime(2024, 5, 3, 10)) is None
    True
    >>> zone_for("CST", datetime(2024, 5, 3, 10), "zh-CN")
    datetime.timezone(datetime.timedelta(seconds=28800))
    """
    key = name.upper()
    wall = wall.replace(tzinfo=None)
    if key in FIXED_ZONES:
        return _offset(FIXED_ZONES[key], wall)
    if key in GENERIC_ZONES:
        return _offset(GENERIC_ZONES[key], wall)
    if key in AMBIGUOUS_ZONES:
        default, rules = AMBIGUOUS_ZONES[key]
        for code in _codes(region):
            for codes, reading in rules:
                if code in codes:
                    return _offset(reading, wall)
        return _offset(default, wall) if default is not None else None
    return None
