"""The page's ``<meta>`` tags as (key, content) pairs, shared by the OpenGraph and meta sources."""

from __future__ import annotations

from ..dom.text import clean_text
from ..dom.tree import Element
from .index import PageIndex, as_index


def meta_tags(page: Element | PageIndex) -> list[tuple[str, str]]:
    """(lower-cased name/property/itemprop/http-equiv, cleaned content) for every ``<meta>``."""
    pairs = []
    for el in as_index(page).metas:
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        content = el.get("content")
        if key and content:
            pairs.append((key.strip().lower(), clean_text(content)))
    return pairs
