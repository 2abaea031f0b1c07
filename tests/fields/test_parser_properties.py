"""Property-based tests (hypothesis) of the byline and date parsers: shapes, not examples."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from articlekit.fields.byline import parse_byline
from articlekit.fields.dates import parse_date, with_offset_from

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NOW = datetime(2025, 6, 15, 12, 0, tzinfo=timezone.utc)

# ---------------------------------------------------------------- bylines

# Made-up name words: letters that spell no month, role or connector in any language we read.
word = st.text(alphabet="bdgklmnrstvz", min_size=1, max_size=3).flatmap(
    lambda consonants: st.just("".join(c + "a" for c in consonants))
).map(str.capitalize)
name = st.lists(word, min_size=2, max_size=3).map(" ".join)
names = st.lists(name, min_size=1, max_size=4, unique=True)


def joined(people: list[str], conjunction: str) -> str:
    if len(people) == 1:
        return people[0]
    return ", ".join(people[:-1]) + f" {conjunction} " + people[-1]


@SETTINGS
@given(names, st.sampled_from([("By", "and"), ("Von", "und"), ("Par", "et"), ("Por", "y"), ("Door", "en")]))
def test_a_list_of_names_comes_back_in_order(people: list[str], lead: tuple[str, str]) -> None:
    assume(all(parse_byline(p) == (p,) for p in people))
    assert parse_byline(f"{lead[0]} {joined(people, lead[1])}") == tuple(people)


@SETTINGS
@given(names, st.sampled_from(["Staff Writer", "Reporter", "Senior Correspondent", "Redakteurin"]))
def test_a_trailing_role_is_never_a_name(people: list[str], role: str) -> None:
    assume(all(parse_byline(p) == (p,) for p in people))
    assert parse_byline(f"By {joined(people, 'and')}, {role}") == tuple(people)


@SETTINGS
@given(name, st.datetimes(min_value=datetime(1995, 1, 1), max_value=datetime(2025, 1, 1)))
def test_a_date_after_the_name_is_not_part_of_it(person: str, when: datetime) -> None:
    assume(parse_byline(person) == (person,))
    assert parse_byline(f"By {person} | Updated {when:%d %B %Y, %H:%M}") == (person,)


@SETTINGS
@given(st.lists(name, min_size=1, max_size=3))
def test_names_are_never_repeated(people: list[str]) -> None:
    found = parse_byline(" and ".join(people + people))
    assert len(found) == len(set(found))


# ---------------------------------------------------------------- dates

moments = st.datetimes(min_value=datetime(1991, 1, 1), max_value=datetime(2025, 6, 1)).map(
    lambda d: d.replace(second=0, microsecond=0)
)
ZONES = {"CET": 1, "CEST": 2, "EST": -5, "EDT": -4, "PST": -8, "GMT": 0, "JST": 9, "IST": 5.5, "AEDT": 11}


@SETTINGS
@given(moments, st.sampled_from(sorted(ZONES)))
def test_named_zones_map_to_their_offsets(moment: datetime, zone: str) -> None:
    value = parse_date(f"{moment:%d %B %Y, %H:%M} {zone}", now=NOW)
    assert value == moment.replace(tzinfo=timezone(timedelta(hours=ZONES[zone])))


@SETTINGS
@given(moments)
def test_a_date_without_a_zone_stays_naive(moment: datetime) -> None:
    value = parse_date(f"{moment:%B %d, %Y %H:%M}", now=NOW)
    assert value == moment and value is not None and value.tzinfo is None


@SETTINGS
@given(moments)
def test_dotted_dates_are_day_first(moment: datetime) -> None:
    value = parse_date(f"{moment:%d.%m.%Y}", now=NOW)
    assert value == moment.replace(hour=0, minute=0)


@SETTINGS
@given(st.integers(min_value=1, max_value=59), st.sampled_from(
    ["vor {n} Stunden", "{n} hours ago", "il y a {n} minutes", "hace {n} días", "{n} min ago"]
))
def test_relative_dates_are_not_dates(n: int, pattern: str) -> None:
    assert parse_date(pattern.format(n=n)) is None


@SETTINGS
@given(moments, st.integers(min_value=-12, max_value=14))
def test_a_naive_time_borrows_only_the_same_minute_s_offset(moment: datetime, hours: int) -> None:
    assume(moment.hour or moment.minute)
    zone = timezone(timedelta(hours=hours))
    assert with_offset_from(moment, [moment.replace(tzinfo=zone).isoformat()]) == moment.replace(tzinfo=zone)
    later = (moment + timedelta(minutes=5)).replace(tzinfo=zone).isoformat()
    assert with_offset_from(moment, [later]).tzinfo is None
