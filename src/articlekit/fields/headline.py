"""The story's own headline: the visible ``<h1>`` agreed with the metadata titles."""

from __future__ import annotations

import re

from ..dom.text import clean_text

# Separators that glue a site name onto a title: "Headline | Site", "Site - Headline".
_SITE_SEPARATOR = re.compile(r"\s+[|\-–—:·•»]\s+|\s+[|·•»]|[|·•»]\s+")
# A headline shorter than this is a label ("News", "Video"), not a story's headline.
MIN_HEADLINE_CHARS = 10


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
    for text, kind in found:
        if kind in voted or kind not in weights:
            continue
        text = strip_site_name(clean_text(text), site_names)
        if len(text) < MIN_HEADLINE_CHARS:
            continue
        voted.add(kind)
        key = _fold(text)
        votes[key] = votes.get(key, 0.0) + weights[kind]
        if key not in first or weights[kind] > weights[first[key][1]]:
            first[key] = (text, kind)
    if not votes:
        return None
    return first[max(votes, key=lambda k: votes[k])]
