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
    index = as_index(page)
    authors: list[tuple[Element | None, str]] = []
    unscoped: list[str] = []
    persons: list[str] = []
    # <meta itemprop> is not listed: the meta-tag sources read it.
    for el in index.itemprops:
        for prop in (el.get("itemprop") or "").lower().split():
            if prop == "author" or prop == "creator":
                scope, story = _scope(el)
                name = _author_name(el) if scope != _OTHER else ""
                if name:
                    if scope == _STORY:
                        authors.append((story, name))
                    else:
                        unscoped.append(name)
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
    names = _story_authors(authors, index) if authors else unscoped
    if names:
        yield Candidate("authors", tuple(dict.fromkeys(names)), SOURCE)
        yield Candidate("person_names", tuple(p for p in persons if p in names), SOURCE)


# Item types whose author is the story's: an author of an ImageObject is a photographer.
_STORY_TYPE_ENDINGS = ("article", "posting", "report", "webpage", "creativework")
_STORY, _OTHER, _NONE = "story", "other", "none"


def _scope(el: Element) -> tuple[str, Element | None]:
    """Whether the nearest item enclosing a property is the story, another item, or none; and
    the story the property sits in: that item, or an ``<article>`` element on the way to it
    (a teaser's "by" inside the story item's markup)."""
    article: Element | None = None
    for ancestor in el.iterancestors():
        if ancestor.get("itemscope") is not None:
            kind = (ancestor.get("itemtype") or "").rstrip("/").lower()
            if not kind.endswith(_STORY_TYPE_ENDINGS):
                return _OTHER, None
            return _STORY, article if article is not None else ancestor
        if article is None and ancestor.tag == "article":
            article = ancestor
    return _NONE, None


def _story_authors(authors: list[tuple[Element | None, str]], index: PageIndex) -> list[str]:
    """The authors of the page's own story. Authors of several stories (the story and teasers
    of others, or a list of teasers alone) are those of the one that holds the headline
    (``<h1>``); when none holds it, the stories are all teasers and name no author of the page."""
    stories = list(dict.fromkeys(story for story, _ in authors))
    if len(stories) < 2 or not index.h1s:
        return [name for _, name in authors]
    around_headline = set(index.h1s[0].iterancestors())
    return [name for story, name in authors if story in around_headline]


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
    if len(value) > MAX_AUTHOR_VALUE_CHARS:
        return ""
    link = _sole_link_text(el) if el.get("content") is None else ""
    # "By <a>Ana Lima</a> <span>Senior Reporter</span>": the link is the name, what follows it
    # a role. Two words before it are a label the byline parser reads ("Updated by <a>...").
    start = value.find(link) if link else -1
    if start >= 0 and len(link) < len(value) and len(value[:start].split()) <= 1:
        return link
    return value


# An author property's text longer than this is not a byline.
MAX_AUTHOR_VALUE_CHARS = 100
# The author property's descendants searched for its link (a byline block is a few elements;
# a headshot's <picture> adds a handful of <source>s).
MAX_LINK_SEARCH = 40


def _sole_link_text(el: Element) -> str:
    """The text of the one link inside an author property, when it has exactly one."""
    links = []
    for i, inner in enumerate(el.iterdescendants()):
        if i >= MAX_LINK_SEARCH:
            return ""
        if inner.tag == "a":
            links.append(inner)
    if len(links) != 1:
        return ""
    text = element_text(links[0])
    return text if text and not text.startswith("@") else ""
