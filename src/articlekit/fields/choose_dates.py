"""The one place that decides a page's published and modified dates.

Every source reports the dates it saw (``articlekit.sources``): JSON-LD, OpenGraph, microdata,
``<meta>``, ``<time>``, the date lines a reader sees (``sources.datelines``) and the URL. They
disagree more often than one would think: a theme prints the last update where the metadata
holds the first publication, a CMS stamps its JSON-LD when the page was built, a listing of
teasers dates other stories, a UTC timestamp names the next day for a reader in the Americas.
The decision is a vote of the sources, one vote each, weighted by how far each is to be believed
(``SOURCE_WEIGHTS``) and discounted when a pattern says a source dates something else
(``DISCOUNTS``). The day with the most weight wins; the value given for it is the strongest
source's, with its time of day and its offset when it has them.

A UTC value agrees with a neighbouring day when the page's local offset would put the same
instant on it: the page then names its local offset elsewhere (an ``-05:00`` ``<meta>``, a
comment's ``<time>``), and the value is given in that offset, so the day is the reader's.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, timedelta, timezone, tzinfo

import attrs

from ..sources.candidate import Candidate
from .dates import parse_date

# How far each source is believed when sources disagree. What a publisher declares for machines
# in JSON-LD and OpenGraph outweighs any one printed date; a printed date and a ``<time>`` that
# agree outweigh a plain ``<meta>``; a date found only by its element's class ("post-date",
# "meta") may be a teaser's. Keys are a source, or a source and where in it ("text:label").
# Ties go to the stronger source (PRECEDENCE).
SOURCE_WEIGHTS: dict[str, float] = {
    "jsonld": 3.0,
    "opengraph": 2.5,
    "microdata": 1.5,
    "meta": 1.0,
    "html": 1.5,
    "text:label": 1.5,
    "text:byline": 1.5,
    "text:under headline": 1.5,
    "text:over headline": 1.5,
    "text:date class": 1.0,
    "text": 1.0,
    "url": 1.0,
}

# Patterns under which a source's vote dates something other than this story, and what is left
# of the vote: reason -> factor.
DISCOUNTS: dict[str, float] = {
    # JSON-LD whose datePublished is its dateModified, while another source names an earlier
    # day: the CMS stamped the schema when it built the page.
    "build stamp": 0.25,
    # A source that names more than MAX_OWN_DAYS different days dates a listing's teasers.
    "teasers": 0.3,
    # JSON-LD published after its own last update: the schema is not kept by hand.
    "published after modified": 0.25,
}
MAX_OWN_DAYS = 3
# Where a source's first value comes from one place of the page (the line under the headline, a
# labelled date line, a byline): its other values, elsewhere, do not make it a teaser.
ONE_PLACE = frozenset({"under headline", "over headline", "label", "byline", "attribute"})
# Each source's first few values are read: later ones are teasers, comments or the footer.
MAX_VALUES_PER_SOURCE = 12
# The offsets a local time may have (UTC-12 to UTC+14).
EARLIEST_OFFSET = timedelta(hours=-12)
LATEST_OFFSET = timedelta(hours=14)
# Sources that declare dates for machines; the others print them or imply them.
STRUCTURED = frozenset({"jsonld", "opengraph", "microdata", "meta"})
PRINTED = frozenset({"text", "html"})

When = datetime | date


@attrs.frozen
class Dated:
    """One source's parsed value."""

    value: When
    source: str
    raw: str
    where: str = ""

    @property
    def day(self) -> date:
        return self.value.date() if isinstance(self.value, datetime) else self.value

    @property
    def weight(self) -> float:
        return SOURCE_WEIGHTS.get(f"{self.source}:{self.where}", SOURCE_WEIGHTS.get(self.source, 1.0))


@attrs.frozen
class DateChoice:
    """The page's dates, where each came from, and the reason the published one won."""

    published: When | None = None
    published_source: str | None = None
    modified: When | None = None
    modified_source: str | None = None
    reason: str = ""


def choose_dates(
    published: list[Candidate], modified: list[Candidate], order: tuple[str, ...], region: str | None = None
) -> DateChoice:
    """Decide the published and modified dates from their candidates (each list in precedence
    order, ``order`` the sources strongest first).

    Values are parsed as the decision needs them (a date in prose costs a fuzzy parse): each
    source's first, then the rest of a source only when the sources disagree."""
    if region is None or "-" not in region:
        # The page's language names no region: its own unambiguous dates may show its order.
        region = numeric_order_region(str(c.value) for c in published + modified) or region
    parsed: dict[str, When | None] = {}
    pub = _Sources(published, region, parsed)
    mod = _Sources(modified, region, parsed)
    firsts_mod = mod.firsts(DECLARED_AND_URL) or mod.firsts()
    first_mod = next(iter(firsts_mod.values()), None)
    declared = pub.firsts(DECLARED_AND_URL)
    local = None
    if any(_is_utc(d.value) for d in itertools.chain(declared.values(), firsts_mod.values())):
        local = _local_offset(pub.offsets() + mod.offsets())
    winner, reason = _settled(declared, first_mod, order, local)
    if winner is None:
        # The declared dates do not settle it: every source's first value votes.
        winner, reason = _vote(pub.firsts(), pub, first_mod, order, local)
    chosen_mod = _localised(first_mod, local) if first_mod is not None else None
    if winner is None:
        if chosen_mod is None:
            return DateChoice()
        # A page that prints only "Updated: March 3" was published then, as far as a reader can
        # tell: the only date it gives is the story's date.
        return DateChoice(chosen_mod.value, chosen_mod.source, chosen_mod.value, chosen_mod.source, "only an update date")
    if chosen_mod is None:
        return DateChoice(winner.value, winner.source, reason=reason)
    return DateChoice(winner.value, winner.source, chosen_mod.value, chosen_mod.source, reason)


# A value that ends in an offset: the only kind that tells the page's own offset.
_WITH_OFFSET = re.compile(r"\d:\d{2}(?::\d{2}(?:\.\d+)?)?([+-])(\d{2}):?(\d{2})$")


class _Sources:
    """One field's candidates by source, parsed lazily (each value at most once)."""

    def __init__(self, candidates: list[Candidate], region: str | None, parsed: dict[str, When | None]) -> None:
        self._region = region
        self._by_source: dict[str, list[Candidate]] = {}
        for candidate in candidates:
            self._by_source.setdefault(candidate.source, []).append(candidate)
        self._parsed = parsed  # shared by a page's published and modified values

    def _value(self, candidate: Candidate) -> When | None:
        key = str(candidate.value)
        if key not in self._parsed:
            self._parsed[key] = parse_date(key, region=self._region)
        return self._parsed[key]

    def firsts(self, only: frozenset[str] | None = None) -> dict[str, Dated]:
        """Each source's first parseable value (of the ``only`` sources), sources in the
        candidates' order."""
        found: dict[str, Dated] = {}
        for source, candidates in self._by_source.items():
            if only is not None and source not in only:
                continue
            for candidate in candidates[:MAX_VALUES_PER_SOURCE]:
                value = self._value(candidate)
                if value is not None:
                    found[source] = Dated(value, source, str(candidate.value), candidate.where)
                    break
        return found

    def days(self, source: str) -> set[date]:
        """The days a source's first few values name."""
        values = (self._value(c) for c in self._by_source.get(source, [])[:MAX_VALUES_PER_SOURCE])
        return {v.date() if isinstance(v, datetime) else v for v in values if v is not None}

    def offsets(self) -> list[tzinfo]:
        """The non-zero UTC offsets the declaring sources write at the end of their values
        ("...T21:46:01-05:00"), read from the text itself (no value is parsed for it)."""
        found: list[tzinfo] = []
        for source, candidates in self._by_source.items():
            if source == "text":
                continue
            for candidate in candidates[:MAX_VALUES_PER_SOURCE]:
                match = _WITH_OFFSET.search(str(candidate.value))
                if match is not None:
                    sign = -1 if match.group(1) == "-" else 1
                    offset = timedelta(hours=int(match.group(2)), minutes=int(match.group(3))) * sign
                    if offset and EARLIEST_OFFSET <= offset <= LATEST_OFFSET:
                        found.append(timezone(offset))
        return found


# A numeric date that only one order reads: "17/12/2025" (day first), "12/17/2025" (month first).
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](?:19|20)\d{2}(?!\d)")
# Regions that read "03/04/2025" day first and month first, lent to a page whose own dates show
# its order where its markup names no region.
DAY_FIRST_REGION = "en-GB"
MONTH_FIRST_REGION = "en-US"


def numeric_order_region(raws: Iterable[str]) -> str | None:
    """The region whose order the page's unambiguous numeric dates follow, if they agree."""
    orders = set()
    for raw in raws:
        for match in _NUMERIC.finditer(raw):
            first, second = int(match.group(1)), int(match.group(2))
            if first > 12 >= second:
                orders.add(DAY_FIRST_REGION)
            elif second > 12 >= first:
                orders.add(MONTH_FIRST_REGION)
    return orders.pop() if len(orders) == 1 else None


def _is_utc(value: When) -> bool:
    return isinstance(value, datetime) and value.utcoffset() == timedelta(0)


def _local_offset(offsets: list[tzinfo]) -> tzinfo | None:
    """The page's own offset: the most common non-zero offset among the dates it declares."""
    return Counter(offsets).most_common(1)[0][0] if offsets else None


def _localised(found: Dated, local: tzinfo | None) -> Dated:
    """A UTC value in the page's own offset, when the page names one."""
    if local is not None and _is_utc(found.value) and isinstance(found.value, datetime):
        return attrs.evolve(found, value=found.value.astimezone(local))
    return found


def _day_for_reader(found: Dated, local: tzinfo | None, url_day: date | None) -> date:
    """The day a value names for the page's reader: a UTC value in the page's own offset, or,
    where the page names none, on the URL's day when its instant falls on that day somewhere."""
    value = found.value
    if not isinstance(value, datetime) or not _is_utc(value):
        return found.day
    if local is not None:
        return value.astimezone(local).date()
    if url_day is not None and url_day in ((value + EARLIEST_OFFSET).date(), (value + LATEST_OFFSET).date()):
        return url_day
    return value.date()


def _vote(
    firsts: dict[str, Dated], sources: _Sources, modified: Dated | None, order: tuple[str, ...], local: tzinfo | None
) -> tuple[Dated | None, str]:
    """The winning value and the reason it won."""
    if not firsts:
        return None, ""
    url_day = firsts["url"].day if "url" in firsts else None
    day_of = {source: _day_for_reader(d, local, url_day) for source, d in firsts.items()}
    rank = {source: i for i, source in enumerate(order)}
    if len(set(day_of.values())) == 1:
        return _best_for(next(iter(day_of.values())), firsts, day_of, rank, local), "sources agree"
    tally: dict[date, float] = {}
    reasons: dict[str, str] = {}
    for source, d in firsts.items():
        weight = d.weight
        if d.where not in ONE_PLACE and len(sources.days(source)) > MAX_OWN_DAYS:
            weight *= DISCOUNTS["teasers"]
            reasons[source] = "teasers"
        elif source == "jsonld" and _is_build_stamp(d, modified, day_of):
            weight *= DISCOUNTS["build stamp"]
            reasons[source] = "build stamp"
        elif source == "jsonld" and modified is not None and modified.source == "jsonld" and _later(d.value, modified.value):
            weight *= DISCOUNTS["published after modified"]
            reasons[source] = "published after modified"
        elif source in PRINTED and modified is not None and _printed_update(d, modified, firsts):
            reasons[source] = "the last update, printed"
            continue
        tally[day_of[source]] = tally.get(day_of[source], 0.0) + weight
    if not tally:
        return _best_for(day_of[next(iter(firsts))], firsts, day_of, rank, local), "strongest source"

    def strength(day: date) -> tuple[float, int]:
        # The heaviest day; on a tie, the day of the strongest source.
        return tally[day], -min(rank.get(s, len(rank)) for s in firsts if day_of[s] == day)

    best_day = max(tally, key=strength)
    winner = _best_for(best_day, firsts, day_of, rank, local)
    outvoted = [s for s in firsts if day_of[s] != best_day]
    return winner, "outvoted: " + ", ".join(f"{s} ({reasons[s]})" if s in reasons else s for s in outvoted)


# What the printed sources (text, html) and the URL can weigh together at most: declared dates
# that agree and outweigh it settle the day without reading a printed date (a fuzzy parse).
PRINTED_AT_MOST = 1.5 + 1.5 + 1.0
DECLARED_AND_URL = STRUCTURED | {"url"}


def _settled(
    declared: dict[str, Dated], modified: Dated | None, order: tuple[str, ...], local: tzinfo | None
) -> tuple[Dated | None, str]:
    """The winner when the declared dates agree on the day, one has a time of day, none is
    discounted, and together they outweigh anything the printed dates could say."""
    structured = {s: d for s, d in declared.items() if s != "url"}
    if not structured or not any(isinstance(d.value, datetime) for d in structured.values()):
        return None, ""
    url_day = declared["url"].day if "url" in declared else None
    day_of = {source: _day_for_reader(d, local, url_day) for source, d in declared.items()}
    if len(set(day_of.values())) != 1 or sum(d.weight for d in structured.values()) < PRINTED_AT_MOST:
        return None, ""
    jsonld = structured.get("jsonld")
    if jsonld is not None and modified is not None and modified.source == "jsonld":
        if jsonld.value == modified.value or _later(jsonld.value, modified.value):
            return None, ""  # a build stamp or a schema not kept by hand: the printed dates vote
    rank = {source: i for i, source in enumerate(order)}
    return _best_for(next(iter(day_of.values())), declared, day_of, rank, local), "declared sources agree"


def _is_build_stamp(published: Dated, modified: Dated | None, day_of: dict[str, date]) -> bool:
    """JSON-LD's datePublished is its dateModified, and the page prints an earlier day."""
    return (
        modified is not None
        and modified.source == "jsonld"
        and published.value == modified.value
        and any(day < day_of["jsonld"] for source, day in day_of.items() if source in PRINTED)
    )


def _later(published: When, modified: When) -> bool:
    """Whether a publication comes after the last update (compared as days where either has no
    time, and as instants where both are aware)."""
    if isinstance(published, datetime) and isinstance(modified, datetime):
        if (published.tzinfo is None) != (modified.tzinfo is None):
            return published.date() > modified.date()
        return published > modified
    pub = published.date() if isinstance(published, datetime) else published
    mod = modified.date() if isinstance(modified, datetime) else modified
    return pub > mod


def _printed_update(printed: Dated, modified: Dated, firsts: dict[str, Dated]) -> bool:
    """A printed date that is the declared last update, on a page whose declared data gives an
    earlier first publication."""
    declared = [d for s, d in firsts.items() if s in STRUCTURED]
    return printed.day == modified.day and bool(declared) and all(d.day < printed.day for d in declared)


def _best_for(
    day: date, firsts: dict[str, Dated], day_of: dict[str, date], rank: dict[str, int], local: tzinfo | None
) -> Dated | None:
    """The value given for the winning day: the strongest source's that names it, a value with a
    time of day before a bare date of the same day, in the page's own offset."""
    naming = sorted((d for s, d in firsts.items() if day_of[s] == day), key=lambda d: rank.get(d.source, len(rank)))
    if not naming:
        return None
    best = _localised(next((d for d in naming if isinstance(d.value, datetime)), naming[0]), local)
    value = best.value
    if isinstance(value, datetime) and _is_utc(value) and value.date() != day:
        # A UTC instant in the day's local offset: the one a printed time of it shows, else the
        # one the page names elsewhere; else the day is known and the reader's time is not.
        offset = _offset_from_wall_clock(value, naming)
        if offset is not None:
            return attrs.evolve(best, value=value.astimezone(offset))
        return attrs.evolve(best, value=day)
    return best


# A printed wall-clock time matches an instant when it is within this of the instant read in
# some offset (pages print minutes; an offset is a whole quarter-hour).
WALL_CLOCK_SLACK = timedelta(minutes=2)
QUARTER_HOUR = 15 * 60


def _offset_from_wall_clock(instant: datetime, naming: list[Dated]) -> tzinfo | None:
    """The offset in which a naive printed time of day shows the UTC ``instant``."""
    for d in naming:
        wall = d.value
        if not isinstance(wall, datetime) or wall.tzinfo is not None or (wall.hour, wall.minute) == (0, 0):
            continue
        delta = wall - instant.replace(tzinfo=None)
        seconds = round(delta.total_seconds() / QUARTER_HOUR) * QUARTER_HOUR
        offset = timedelta(seconds=seconds)
        if EARLIEST_OFFSET <= offset <= LATEST_OFFSET and abs(delta - offset) <= WALL_CLOCK_SLACK:
            return timezone(offset)
    return None
