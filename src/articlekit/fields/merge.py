"""The precedence table, and the merge that turns candidates into field values.

``PRECEDENCE`` is the one place that says which source wins a field. Field modules add the
judgement a table cannot express (a headline the ``<h1>`` confirms, a date-only value beaten by
the same day with a time, a publisher that is not a person).
"""

from __future__ import annotations

import itertools
from datetime import date, datetime

import attrs

from ..sources.candidate import Candidate, Candidates
from .byline import clean_byline, is_organization, parse_byline, split_names
from .choose_dates import choose_dates
from .dates import with_offset_from
from .headline import choose_headline
from .merge_tables import EDITOR_LABELS
from .region import page_region
from .section import choose_section

# field -> sources, strongest first. A source absent from a row is never used for that field.
PRECEDENCE: dict[str, tuple[str, ...]] = {
    "headline": ("jsonld", "opengraph", "microdata", "meta", "html"),
    "authors": ("jsonld", "microdata"),
    "author_text": ("meta", "opengraph"),
    "byline_text": ("html",),
    "published": ("jsonld", "opengraph", "microdata", "meta", "html", "text", "url"),
    "modified": ("jsonld", "opengraph", "microdata", "meta", "html", "text"),
    "section": ("jsonld", "opengraph", "microdata", "meta", "html", "url"),
    "description": ("opengraph", "jsonld", "meta", "microdata"),
    "site_name": ("opengraph", "meta", "jsonld"),
    "publisher": ("jsonld", "meta"),
    "image": ("opengraph", "jsonld", "microdata"),
    "canonical_url": ("html", "opengraph", "jsonld"),
    "language": ("html", "jsonld", "opengraph", "meta", "microdata"),
    "tags": ("jsonld", "opengraph", "meta", "microdata"),
    "article_body": ("jsonld",),
}


# The headline is chosen by a weighted vote (see ``headline.choose_headline``): JSON-LD is what
# the publisher declares as the headline, the first <h1> is what the reader sees, og:title is
# often a social variant, and the rest are weak echoes of those.
HEADLINE_WEIGHTS: dict[str, float] = {
    "jsonld": 4.0,
    "h1": 3.0,
    "opengraph": 2.0,
    "microdata": 0.5,
    "meta": 0.5,
    "title": 0.5,
}


@attrs.frozen
class Fields:
    """Every metadata field of an Article, with the source each value came from."""

    headline: str | None = None
    section: str | None = None
    byline: str | None = None
    authors: tuple[str, ...] = ()
    published: datetime | date | None = None
    modified: datetime | date | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    image: str | None = None
    tags: tuple[str, ...] = ()
    article_body: str | None = None
    """The story's text as the page's metadata gives it: the body's fallback, not a field."""
    provenance: dict[str, str] = attrs.field(factory=dict)


_RANKS = {field: {source: i for i, source in enumerate(order)} for field, order in PRECEDENCE.items()}


def ranked(candidates: Candidates, field: str) -> list[Candidate]:
    """The candidates of ``field`` in precedence order (page order within one source)."""
    found = candidates.for_field(field)
    if not found:  # most fields of most pages: nothing to rank
        return found
    rank = _RANKS.get(field, {})
    found = [c for c in found if c.source in rank]
    return sorted(found, key=lambda c: rank[c.source]) if len(found) > 1 else found


def merge(candidates: Candidates, url: str | None = None) -> Fields:
    """Choose every field from the page's candidates (``url``: where the page came from, a hint
    of its region for reading its dates)."""
    provenance: dict[str, str] = {}
    values: dict[str, object] = {}

    def take(field: str, value: object, source: str) -> None:
        if value:
            values[field] = value
            provenance[field] = source

    for field in ("site_name", "description", "image", "canonical_url", "language", "article_body"):
        first = _first_text(candidates, field)
        if first:
            take(field, first[0], first[1])
    if "site_name" not in values:
        publisher = _first_text(candidates, "publisher")
        if publisher:
            take("site_name", publisher[0], publisher[1])
    tags = next((c for c in ranked(candidates, "tags") if isinstance(c.value, tuple)), None)
    if tags:
        take("tags", tags.value, tags.source)

    publishers = [str(c.value) for c in ranked(candidates, "publisher") + ranked(candidates, "site_name")]
    headline = choose_headline(
        [(str(c.value), c.source) for c in ranked(candidates, "headline")]
        + [(str(c.value), c.field) for c in candidates.for_field("h1") + candidates.for_field("title")],
        HEADLINE_WEIGHTS,
        publishers,
    )
    if headline:
        take("headline", headline[0], "html" if headline[1] in ("h1", "title") else headline[1])

    byline, authors, source = _byline_and_authors(candidates, publishers)
    take("authors", authors, source)
    printed = any(c.field == "byline_text" for c in candidates.items)
    take("byline", byline, "html" if printed else source)

    published, modified = ranked(candidates, "published"), ranked(candidates, "modified")
    if published or modified:
        dates = choose_dates(published, modified, PRECEDENCE["published"], page_region(candidates, url))
        raws = [str(c.value) for c in published + modified]
        if dates.published is not None and dates.published_source is not None:
            take("published", with_offset_from(dates.published, raws), dates.published_source)
        if dates.modified is not None and dates.modified_source is not None:
            take("modified", with_offset_from(dates.modified, raws), dates.modified_source)

    section = choose_section(ranked(candidates, "section"), publishers)
    if section:
        take("section", section[0], section[1])

    if values.get("language"):
        values["language"] = str(values["language"]).split(",")[0].strip()
    return Fields(**values, provenance=provenance)  # type: ignore[arg-type]


def _first_text(candidates: Candidates, field: str) -> tuple[str, str] | None:
    for candidate in ranked(candidates, field):
        if isinstance(candidate.value, str) and candidate.value:
            return candidate.value, candidate.source
    return None


def _byline_and_authors(
    candidates: Candidates, publishers: list[str]
) -> tuple[str | None, tuple[str, ...], str]:
    """The printed byline and the author names, with the source of the names.

    People are preferred; an organization (the publisher, a news agency, a desk) is named as
    the author only when the page credits no person, since then it is the page's own byline,
    or when the structured data credits it as an author object beside the people ("Ana Lima,
    dpa"). A structured Person's name is split only at a comma or a joining word ("A and B"),
    never at an initial or a one-letter word ("Sarah E. Needleman"). A user name ("janedoe",
    "KatieS") in the structured data gives way to the display name the page prints, and so do
    structured authors the page prints only as its editors ("Editor: Ana Lima").
    """
    # Each source is read only when the ones before it named nobody: most pages settle the
    # names in their structured data, and the printed bylines are then only cleaned for show.
    printed = (p for p in (clean_byline(str(c.value)) for c in ranked(candidates, "byline_text")) if p)
    shown = next(printed, None)  # the byline as printed: only the first is cleaned up front
    whole = frozenset(n for c in candidates.for_field("person_names") if isinstance(c.value, tuple) for n in c.value)
    rest = list(printed)
    sources = itertools.chain(
        ((split_names(c.value, whole), c.source) for c in ranked(candidates, "authors") if isinstance(c.value, tuple)),
        ((parse_byline(str(c.value)), c.source) for c in ranked(candidates, "author_text")),
        ((parse_byline(text), "html") for text in ([shown] if shown else [])),
        ((parse_byline(text), _LATER_PRINTED) for text in rest),
        # "Written by" in the page's card tags (twitter:label1/data1): the account that posted.
        ((parse_byline(str(c.value)), c.source) for c in candidates.for_field("labelled_author")),
    )
    organizations = [(c.value, c.source) for c in candidates.for_field("byline_names") if isinstance(c.value, tuple) and c.value]
    fallback: tuple[tuple[str, ...], str] | None = None
    for names, source in sources:
        if source == _LATER_PRINTED:
            # The structured data credits an organization and the first printed byline prints
            # it: the page's byline is settled, and the later ones are other stories' (teasers).
            credited = fallback[0] if fallback is not None else organizations[0][0] if organizations else ()
            if shown and credited and all(n.casefold() in shown.casefold() for n in credited):
                break
            source = "html"
        people = tuple(n for n in names if not is_organization(n, publishers))
        if people:
            writers = _writers_over_editors(people, source, shown, candidates, publishers)
            if writers:
                return shown, writers, "html"
            if source != "html" and all(_is_handle(n) for n in people):
                display = _display_names(shown, rest, publishers)
                if display:
                    return shown or ", ".join(display), display, "html"
            people += _credited_organizations(candidates, source, people)
            return (shown or ", ".join(people)), people, source
        if names and fallback is None:
            fallback = (names, source)
    if fallback is None and organizations:
        fallback = organizations[0]
    if fallback is not None:
        return (shown or ", ".join(fallback[0])), fallback[0], fallback[1]
    return shown, (), "html"


# The printed bylines after the first, while the sources are read in turn.
_LATER_PRINTED = "later printed"


def _credited_organizations(candidates: Candidates, source: str, people: tuple[str, ...]) -> tuple[str, ...]:
    """The organizations a structured source credits beside the people (a wire agency given as
    an author object of its own next to the writer): they are authors too."""
    folded = {p.casefold() for p in people}
    return tuple(
        name
        for c in candidates.for_field("credited_organizations")
        if c.source == source and isinstance(c.value, tuple)
        for name in c.value
        if name.casefold() not in folded
    )


def _writers_over_editors(
    people: tuple[str, ...], source: str, shown: str | None, candidates: Candidates, publishers: list[str]
) -> tuple[str, ...]:
    """The people the first printed byline names, when the structured data credits only people
    the page prints as its editors ("Editor: Ana Lima") and the byline names others."""
    if source == "html" or not shown or not _printed_as_editors(people, candidates):
        return ()
    writers = tuple(n for n in parse_byline(shown) if not is_organization(n, publishers))
    editors = {n.casefold() for n in people}
    return writers if writers and not any(n.casefold() in editors for n in writers) else ()


# An editor's line is a label and a few names.
MAX_EDITOR_LINE_CHARS = 300


def _printed_as_editors(people: tuple[str, ...], candidates: Candidates) -> bool:
    """Whether the page prints the structured authors in a line that names its editors ("Editor:
    Ana Lima"): a CMS often credits the account that posted the story, the desk's editor."""
    for c in candidates.for_field("byline_text"):
        lowered = str(c.value)[:MAX_EDITOR_LINE_CHARS].casefold()
        if not lowered.startswith(EDITOR_LABELS):  # most printed bylines: one C-level test
            continue
        for label in EDITOR_LABELS:
            # The label ends where a word does ("editor", not "editorial").
            if lowered.startswith(label) and not lowered[len(label) : len(label) + 1].isalnum():
                names = lowered[len(label) :]
                if all(p.casefold() in names for p in people):
                    return True
    return False


# A user name has no space and is this long; it has no capital letter ("janedoe",
# "sara.r.peter"), or it marks itself as one: a digit or an underscore ("jdoe_2"), a dot
# before a small letter ("Sauli.giliard", not "J.R."), or an initial glued to the end of a
# name ("KatieS").
MIN_HANDLE_CHARS = 4


def _is_handle(name: str) -> bool:
    if " " in name or len(name) < MIN_HANDLE_CHARS:
        return False
    if not any(c.isupper() for c in name) or any(c.isdigit() or c == "_" for c in name):
        return True
    dotted = any(a == "." and b.islower() for a, b in zip(name, name[1:]))
    glued_initial = name[-1].isupper() and name[-2].islower()
    return dotted or glued_initial


def _display_names(shown: str | None, rest: list[str], publishers: list[str]) -> tuple[str, ...]:
    """The people the first printed byline naming someone names, when each is a full name."""
    for text in [shown] if shown else []:
        names = tuple(n for n in parse_byline(text) if not is_organization(n, publishers))
        if names and all(" " in n for n in names):
            return names
    return ()
