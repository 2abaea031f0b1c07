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


def _confirms(h1: str, title: str) -> bool:
    """Whether a metadata title says the same as an ``<h1>`` (equal, or one holds the other)."""
    if h1 == title:
        return True
    return len(h1) >= MIN_CONTAINED_CHARS and len(title) >= MIN_CONTAINED_CHARS and (h1 in title or title in h1)


# Containment only counts between texts this long: short ones match by accident.
MIN_CONTAINED_CHARS = 20


def choose_headline(
    h1s: list[str], metadata: list[tuple[str, str]], titles: list[str], site_names: list[str]
) -> tuple[str, str] | None:
    """(headline, source) from the ``<h1>`` texts, metadata headlines (best first) and ``<title>``.

    An ``<h1>`` that a metadata headline confirms wins, since it is what the reader sees; then
    the strongest metadata headline with any site name taken off; then an ``<h1>`` that the
    ``<title>`` confirms; then the ``<title>`` without its site name; then the first ``<h1>``.
    """
    cleaned = [(strip_site_name(clean_text(t), site_names), s) for t, s in metadata]
    cleaned = [(t, s) for t, s in cleaned if len(t) >= MIN_HEADLINE_CHARS]
    plausible_h1s = [h for h in h1s if len(h) >= MIN_HEADLINE_CHARS]
    folded_meta = [_fold(t) for t, _ in cleaned]
    for h1 in plausible_h1s:
        if any(_confirms(_fold(h1), t) for t in folded_meta):
            return h1, "html"
    if cleaned:
        return cleaned[0]
    stripped_titles = [strip_site_name(clean_text(t), site_names) for t in titles]
    for h1 in plausible_h1s:
        if any(_confirms(_fold(h1), _fold(t)) for t in stripped_titles):
            return h1, "html"
    for title in stripped_titles:
        if len(title) >= MIN_HEADLINE_CHARS:
            return title, "html"
    if plausible_h1s:
        return plausible_h1s[0], "html"
    return None
