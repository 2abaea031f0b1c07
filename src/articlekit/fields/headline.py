"""The story's own headline: the visible ``<h1>`` agreed with the metadata titles."""

from __future__ import annotations

import html
import re

from ..dom.text import clean_text

# Separators that glue a site name onto a title: "Headline | Site", "Site - Headline".
_SITE_SEPARATOR = re.compile(r"\s+[|\-–—:·•»]\s+|\s+[|·•»]|[|·•»]\s+")
# A headline shorter than this is a label ("News", "Video"), not a story's headline.
MIN_HEADLINE_CHARS = 10


# An entity left in a title after the page was parsed ("SQL &#x26; AI"): the CMS escaped the
# title twice. Readers see the character.
_LEFT_ENTITY = re.compile(r"&(?:#\d{1,6}|#x[0-9a-f]{1,6}|amp|quot|apos|lt|gt|nbsp);", re.IGNORECASE)


def _unescape_twice_escaped(text: str) -> str:
    return html.unescape(text) if "&" in text and _LEFT_ENTITY.search(text) else text


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def strip_site_name(title: str, site_names: list[str]) -> str:
    """Remove a known site name (or the shortest separated part) from either end of a title.

    >>> strip_site_name("Rates held again | The Daily Ledger", ["The Daily Ledger"])
    'Rates held again'
    """
    parts = _SITE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    folded_sites = {_fold(s) for s in site_names if s}
    head, tail = parts[0], parts[-1]
    if _fold(tail) in folded_sites or any(s and s in _fold(tail) for s in folded_sites):
        return title[: title.rfind(tail)].rstrip(" |-–—:·•»")
    if _fold(head) in folded_sites:
        return title[len(head):].lstrip(" |-–—:·•»")
    return title


def choose_headline(
    found: list[tuple[str, str]], weights: dict[str, float], site_names: list[str]
) -> tuple[str, str] | None:
    """(headline, kind) by a weighted vote of the page's headline candidates.

    ``found`` holds (text, kind) pairs, where kind is e.g. ``jsonld``, ``opengraph`` or ``h1``;
    only the first candidate of each kind votes, with ``weights[kind]``, after the site name
    is taken off. Texts that agree add up, so an ``<h1>`` that the metadata confirms beats a
    lone SEO title, and a strong source alone beats a weak one alone.

    >>> choose_headline([("Rates held | Ledger", "title"), ("Rates held", "h1")],
    ...                 {"title": 1, "h1": 3}, ["Ledger"])
    ('Rates held', 'h1')
    """
    votes: dict[str, float] = {}
    first: dict[str, tuple[str, str]] = {}
    voted: set[str] = set()
    folded_sites = {_fold(s) for s in site_names if s}
    for text, kind in _best_h1_first(found):
        if kind in voted or kind not in weights:
            continue
        text = strip_site_name(clean_text(_unescape_twice_escaped(text)), site_names)
        if len(text) < MIN_HEADLINE_CHARS or _fold(text) in folded_sites:
            continue
        voted.add(kind)
        key = _fold(text)
        votes[key] = votes.get(key, 0.0) + weights[kind]
        if key not in first or weights[kind] > weights[first[key][1]]:
            first[key] = (text, kind)
    if not votes:
        return None
    totals = _with_support(votes)
    return first[max(totals, key=lambda k: totals[k])]


_WORD = re.compile(r"\w+")


def _best_h1_first(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The candidates with the ``<h1>`` that shares most words with the metadata titles first.

    A page may hold several ``<h1>``s (the logo, a section name, the story): the one the
    metadata agrees with is the story's. Without metadata, page order decides.
    """
    h1s = [(text, kind) for text, kind in found if kind == "h1"]
    if len(h1s) < 2:
        return found
    titles = _words(" ".join(t for t, k in found if k != "h1"))
    if not titles:
        return found
    best = max(h1s, key=lambda c: _overlap(_words(c[0]), titles))
    return [best] + [c for c in found if c is not best]


# Words this short ("to", "in", "the") agree between any two titles of one language.
MIN_AGREEING_WORD_CHARS = 4


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(_fold(text)) if len(w) >= MIN_AGREEING_WORD_CHARS}


def _overlap(words: set[str], titles: set[str]) -> float:
    return len(words & titles) / len(words) if words else 0.0


# What may join a headline to a tail ("Headline | Site", "Headline - Top 19 Companies").
_TAIL_JOIN = re.compile(r"^\s*[|\-–—:·•»]\s")


def _with_support(votes: dict[str, float]) -> dict[str, float]:
    """Votes where a text that is another one plus a separated tail also counts for the shorter
    one: "Headline | Site" confirms "Headline", whose tail was a site or SEO suffix."""
    totals = dict(votes)
    for longer, weight in votes.items():
        for shorter in votes:
            if shorter != longer and longer.startswith(shorter) and _TAIL_JOIN.match(longer[len(shorter):]):
                totals[shorter] += weight
    return totals
