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
    h1s: list[str], titles: list[tuple[str, str]], site_names: list[str]
) -> tuple[str, str] | None:
    """(headline, source) from the page's ``<h1>`` texts and the metadata titles (best first).

    An ``<h1>`` that a metadata title confirms wins, since it is what the reader sees; then the
    first metadata title with the site name taken off; then the first plausible ``<h1>``.
    """
    cleaned = [(strip_site_name(clean_text(t), site_names), s) for t, s in titles]
    cleaned = [(t, s) for t, s in cleaned if t]
    folded_titles = [_fold(t) for t, _ in cleaned]
    for h1 in h1s:
        folded = _fold(h1)
        if len(folded) < MIN_HEADLINE_CHARS:
            continue
        if any(folded == t or (len(folded) >= 20 and (folded in t or t in folded)) for t in folded_titles):
            return h1, "html"
    for text, source in cleaned:
        if len(text) >= MIN_HEADLINE_CHARS or source != "html":
            return text, source
    for h1 in h1s:
        if len(h1) >= MIN_HEADLINE_CHARS:
            return h1, "html"
    return cleaned[0] if cleaned else None
