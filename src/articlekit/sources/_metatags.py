"""The page's ``<meta>`` tags as (key, content) pairs, shared by the OpenGraph and meta sources."""

from __future__ import annotations

from ..dom.xpath import ElementQuery
from ..dom.tree import Element

from ..dom.text import clean_text

_META = ElementQuery("//meta[@content]")


def meta_tags(root: Element) -> list[tuple[str, str]]:
    """(lower-cased name/property/itemprop/http-equiv, cleaned content) for every ``<meta>``."""
    pairs = []
    for el in _META(root):
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        content = el.get("content")
        if key and content:
            pairs.append((key.strip().lower(), clean_text(content)))
    return pairs
