"""What the visible HTML says: ``<title>``, ``<h1>``, ``<time>``, breadcrumbs, category labels; the
printed bylines are read by ``bylines``."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from ..dom.text import clean_text, element_text, texts_outside
from ..dom.tree import Element
from . import bylines
from .candidate import Candidate
from .index import PageIndex, as_index, names_breadcrumb

SOURCE = "html"

# A section label is a word or two; longer text near the headline is a dek or a teaser.
MAX_SECTION_CHARS = 40



def candidates(page: Element | PageIndex) -> Iterator[Candidate]:
    index = as_index(page)
    root = index.root
    for el in index.titles[:1]:
        yield Candidate("title", element_text(el), SOURCE)
    sections = _section_headings(index.h1s)
    for el in index.h1s:
        if el not in sections and not _names_the_site(el) and not _heads_a_section(el):
            yield Candidate("h1", headline_text(el), SOURCE)
    yield from _time_candidates(index.times)
    for el in index.canonicals[:1]:
        yield Candidate("canonical_url", (el.get("href") or "").strip(), SOURCE)
    lang = root.get("lang") or root.get("xml:lang")
    if lang:
        yield Candidate("language", lang.strip(), SOURCE)
    yield from _breadcrumbs(index)
    yield from bylines.candidates(index)
    for el in index.category_links[:1]:
        label = element_text(el)
        if 0 < len(label) <= MAX_SECTION_CHARS:
            yield Candidate("section", label, SOURCE)


def _names_the_site(h1: Element) -> bool:
    """Whether an ``<h1>`` is the site's name set as a link to its home page, as blog
    templates set their logo; the story's title is then elsewhere."""
    inside = list(h1.iter("a"))
    links = [*inside, *itertools.islice(h1.iterancestors("a"), 1)]
    if not links or len({(a.get("href") or "").strip() for a in links}) != 1:
        return False  # one link, or copies of it (a template that printed the link twice)
    if inside and clean_text(" ".join(element_text(a) for a in inside)) != element_text(h1):
        return False  # a link to home beside other text: the h1 says more than the site's name
    try:
        parts = urlsplit((links[0].get("href") or "").strip())
    except ValueError:
        return False
    return bool(parts.netloc or parts.path) and parts.path in ("", "/") and not parts.query


# So many <h1>s side by side in one container are the sections of a text, set as <h1> by its
# writer (a blog's editor), not the story's title.
MIN_SECTION_H1S = 3


def _section_headings(h1s: list[Element]) -> set[Element]:
    """The ``<h1>``s that share their parent with at least ``MIN_SECTION_H1S - 1`` others."""
    if len(h1s) < MIN_SECTION_H1S:
        return set()
    by_parent: dict[Element | None, list[Element]] = {}
    for h1 in h1s:
        by_parent.setdefault(h1.getparent(), []).append(h1)
    return {h1 for group in by_parent.values() if len(group) >= MIN_SECTION_H1S for h1 in group}


def _heads_a_section(h1: Element) -> bool:
    """Whether an ``<h1>`` is a heading of the body with a permalink to itself ("#" + its id),
    as Markdown renderers set on every heading of a text: the story's title is elsewhere."""
    own = {h1.get("id")}
    for link in h1.iter("a"):
        href = (link.get("href") or "").strip()
        if href.startswith("#") and href[1:] and href[1:] in own | {link.get("id"), link.get("name")}:
            return True
    return False


# Class words of the kicker set above a headline inside its <h1> ("Eskalation im Nahen Osten"
# over the title): a topic label, not part of the headline.
_KICKER = re.compile(r"overline|kicker|dachzeile|spitzmarke|eyebrow|roofline|supertitle")
# What is left of the <h1> must still look like a headline (a few words), or the kicker stays.
MIN_HEADLINE_CHARS = 10


def headline_text(h1: Element) -> str:
    """The text of an ``<h1>`` without the kicker (overline), the date (``<time>``) or a heading
    (the date line a template left inside an unclosed ``<h1>``) that some pages set inside it."""
    kickers = [
        el
        for el in h1.iterdescendants()
        if el.tag in _NOT_HEADLINE_TAGS or _KICKER.search((el.get("class") or "").lower())
    ]
    if not kickers:
        return element_text(h1)
    # A separator between kicker and title is often spoken to screen readers only.
    left_out = set(kickers) | {el for el in h1.iterdescendants() if el.get("aria-hidden") == "true"}
    text = clean_text(" ".join(texts_outside(h1, left_out))).strip(_SEPARATORS)
    return text if len(text) >= MIN_HEADLINE_CHARS else element_text(h1)


_SEPARATORS = " -–—:|/·•"
# Inside an <h1>, these hold a date or a line of their own, never the headline's words.
_NOT_HEADLINE_TAGS = frozenset({"time", "h2", "h3", "h4", "h5", "h6"})


# A page with more distinct <time> values than this is a listing or carries teasers: only a
# <time> that says it is the publication or update time is then believed.
MAX_UNMARKED_TIMES = 3
_TIME_MARKS = ("publish", "pubdate", "date", "updat", "modif", "created")


def _time_candidates(times: list[Element]) -> Iterator[Candidate]:
    values = {el.get("datetime") for el in times}
    for el in times:
        marked = el.get("pubdate") is not None or any(
            m in f"{el.get('class') or ''} {el.get('itemprop') or ''} {el.get('id') or ''}".lower()
            for m in _TIME_MARKS
        )
        if marked or len(values) <= MAX_UNMARKED_TIMES:
            yield Candidate(_time_field(el), clean_text(el.get("datetime") or ""), SOURCE)


def _time_field(el: Element) -> str:
    hints = " ".join(
        (el.get("class") or "", el.get("itemprop") or "", el.get("id") or "", el.get("pubdate") or "")
    ).lower()
    if "modif" in hints or "updat" in hints:
        return "modified"
    return "published"


def _breadcrumbs(index: PageIndex) -> Iterator[Candidate]:
    for el in index.hinted:
        if names_breadcrumb(el):
            section = _breadcrumb_section(el)
            if section:
                yield Candidate("section", section, SOURCE)


_HOME = frozenset({"home", "homepage", "startseite", "start", "accueil", "inicio", "portada", "news"})


def _breadcrumb_section(el: Element) -> str:
    labels = [element_text(a) for a in el.iter("a")]
    labels = [t for t in labels if 0 < len(t) <= MAX_SECTION_CHARS]
    while labels and labels[0].casefold() in _HOME:
        labels.pop(0)
    return labels[0] if labels else ""
