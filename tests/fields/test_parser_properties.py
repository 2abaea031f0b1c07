"""Property-based tests (hypothesis) of the byline and date parsers: shapes, not examples."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

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
# Abbreviations that name one offset whatever the date (IST is ambiguous: see test_zones.py).
ZONES = {"CET": 1, "CEST": 2, "EST": -5, "EDT": -4, "PST": -8, "GMT": 0, "JST": 9, "AEDT": 11, "BST": 1}


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
    assert value == moment.date() and type(value) is date


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


# ---------------------------------------------------------------- dates: round trips

days = st.dates(min_value=date(1990, 1, 1), max_value=NOW.date())
minutes = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2025, 6, 14)).map(
    lambda d: d.replace(second=0, microsecond=0)
)
offsets = st.integers(min_value=-12 * 4, max_value=14 * 4).map(lambda q: timezone(timedelta(minutes=15 * q)))

# Month names as a page in each language writes them in a date (genitive where the language
# declines them), spelled here independently of the parser's table.
MONTHS_IN = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου "
          "Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta "
          "syyskuuta lokakuuta marraskuuta joulukuuta",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
}
DAY_FORMATS = {
    "iso date": lambda d: d.isoformat(),
    "%d %B %Y": lambda d: f"{d.day:02d} {ENGLISH[d.month - 1]} {d.year}",
    "%B %d, %Y": lambda d: f"{ENGLISH[d.month - 1]} {d.day}, {d.year}",
    "%Y年%m月%d日": lambda d: f"{d.year}年{d.month:02d}月{d.day:02d}日",
    "%Y년 %m월 %d일": lambda d: f"{d.year}년 {d.month}월 {d.day}일",
    "%d.%m.%Y": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "%d. %m. %Y": lambda d: f"{d.day}. {d.month}. {d.year}",
    "%Y/%m/%d": lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}",
    **{
        f"%d %B %Y [{lang}]": (lambda names: lambda d: f"{d.day} {names[d.month - 1]} {d.year}")(text.split())
        for lang, text in MONTHS_IN.items()
    },
}
ENGLISH = "January February March April May June July August September October November December".split()


@SETTINGS
@given(days, st.sampled_from(sorted(DAY_FORMATS)))
def test_a_day_round_trips_as_a_date(day: date, name: str) -> None:
    value = parse_date(DAY_FORMATS[name](day), now=NOW)
    assert value == day and type(value) is date


@SETTINGS
@given(minutes, offsets)
def test_iso_with_offset_round_trips(moment: datetime, zone: timezone) -> None:
    value = parse_date(moment.replace(tzinfo=zone).isoformat(), now=NOW)
    assert value == moment.replace(tzinfo=zone) and isinstance(value, datetime)
    assert value.utcoffset() == zone.utcoffset(None)


@SETTINGS
@given(minutes)
def test_a_twelve_hour_clock_round_trips(moment: datetime) -> None:
    text = f"{ENGLISH[moment.month - 1]} {moment.day:02d}, {moment.year} {moment:%I:%M} {'AM' if moment.hour < 12 else 'PM'}"
    value = parse_date(text, now=NOW)
    assert value == moment and isinstance(value, datetime) and value.tzinfo is None


@SETTINGS
@given(minutes, st.sampled_from(["%d.%m.%Y %H:%M", "%H:%M %d.%m.%Y", "%Y-%m-%d %H:%M", "%Y年%m月%d日 %H:%M"]))
def test_a_day_with_a_time_round_trips_as_a_datetime(moment: datetime, fmt: str) -> None:
    text = fmt.replace("%Y年", f"{moment.year}年").replace("%m月", f"{moment.month:02d}月").replace("%d日", f"{moment.day:02d}日")
    value = parse_date(moment.strftime(text), now=NOW)
    assert value == moment and type(value) is datetime


@SETTINGS
@given(days, st.sampled_from(["en-US", "us", "en-GB", "de", "fr-CA", "en", None]))
def test_slashed_dates_are_read_by_the_region_or_not_at_all(day: date, region: str | None) -> None:
    text = f"{day.month:02d}/{day.day:02d}/{day.year}" if region in ("en-US", "us") else f"{day.day:02d}/{day.month:02d}/{day.year}"
    value = parse_date(text, now=NOW, region=region)
    if region in ("en", None) and day.day <= 12 and day.day != day.month:
        assert value is None  # both readings are days: not a guess
    else:
        assert value == day


# ---------------------------------------------------------------- dates: nothing raises

REGIONS = st.sampled_from([None, "", "en", "en-US", "en_GB", "de-AT", "zh-CN", "he", "ga", "bn", "ar", "hr", "x-y-z", "123", "-"])
date_like = st.lists(
    st.sampled_from(["2024", "12", "3", ".", "/", "-", " ", ":", "年", "월", "March", "marca", "de", "à", "10h15",
                     "PM", "ET", "CST", "IST", "GMT+1", "kl.", "1er", "th", "Μαΐου", "T", "Z", "+02:00", "99"]),
    max_size=14,
).map("".join)


@SETTINGS
@given(st.one_of(st.text(max_size=100), date_like), REGIONS)
def test_parse_date_never_raises(text: str, region: str | None) -> None:
    value = parse_date(text, now=NOW, region=region)
    assert value is None or isinstance(value, date)
