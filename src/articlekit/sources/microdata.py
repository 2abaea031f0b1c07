"""Microdata (``itemprop`` attributes) of schema.org articles."""

from __future__ import annotations

from collections.abc import Iterator

from ..dom.tree import Element

from ..dom.text import clean_text, element_text
from .candidate import Candidate
from .index import PageIndex, as_index

SOURCE = "microdata"

# Text of an itemprop longer than this is a container, not a value.
MAX_VALUE_CHARS = 300

_FIELDS = {
    "headline": "headline",
    "name": "",  # only meaningful inside an author object, handled apart
    "datepublished": "published",
    "datecreated": "published",
    "datemodified": "modified",
    "articlesection": "section",
    "description": "description",
    "inlanguage": "language",
    "keywords": "tags",
}


def candidates(page: Element | PageIndex) -> Iterator[Candidate]:
    authors: list[str] = []
    unscoped: list[str] = []
    persons: list[str] = []
    # <meta itemprop> is not listed: the meta-tag sources read it.
    for el in as_index(page).itemprops:
        for prop in (el.get("itemprop") or "").lower().split():
            if prop == "author" or prop == "creator":
                scope = _scope_kind(el)
                name = _author_name(el) if scope != _OTHER else ""
                if name:
                    (authors if scope == _STORY else unscoped).append(name)
                    if el.get("itemscope") is not None:
                        persons.append(name)  # an item's own name: one person's
                continue
            field = _FIELDS.get(prop)
            if not field:
                continue
            value = _value(el)
            if not value:
                continue
            if field == "tags":
                yield Candidate(field, _tag_values(el, value), SOURCE)
            else:
                yield Candidate(field, value, SOURCE)
    # Authors outside every item count only on pages whose story is not an item itself.
    authors = authors or unscoped
    if authors:
        yield Candidate("authors", tuple(dict.fromkeys(authors)), SOURCE)
        yield Candidate("person_names", tuple(persons), SOURCE)


# Item types whose author is the story's: an author of an ImageObject is a photographer.
_STORY_TYPE_ENDINGS = ("article", "posting", "report", "webpage", "creativework")
_STORY, _OTHER, _NONE = "story", "other", "none"


def _scope_kind(el: Element) -> str:
    """Whether the nearest item enclosing a property is the story, another item, or none."""
    for ancestor in el.iterancestors():
        if ancestor.get("itemscope") is not None:
            kind = (ancestor.get("itemtype") or "").rstrip("/").lower()
            return _STORY if kind.endswith(_STORY_TYPE_ENDINGS) else _OTHER
    return _NONE


def _tag_values(el: Element, value: str) -> tuple[str, ...]:
    """Keywords: one per child element when they are set apart by markup, else comma-split."""
    children = [element_text(c) for c in el if isinstance(c.tag, str)]
    if len(children) >= 2 and all(children):
        return tuple(dict.fromkeys(children))
    return tuple(t.strip() for t in value.split(",") if t.strip())


def _value(el: Element) -> str:
    for attr in ("content", "datetime"):
        if el.get(attr):
            return clean_text(el.get(attr) or "")
    text = element_text(el)
    return text if len(text) <= MAX_VALUE_CHARS else ""


def _author_name(el: Element) -> str:
    if el.get("itemscope") is not None:
        for inner in el.iterdescendants():
            if isinstance(inner.tag, str) and "name" in (inner.get("itemprop") or "").split():
                return _value(inner)
        return ""
    value = _value(el)
    return value if len(value) <= 100 else ""
