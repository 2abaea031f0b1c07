"""The element type of the parsed tree, and the tree edits the package makes.

Pages are parsed with lxml's plain HTML parser: its elements are ``lxml.etree._Element``.
(``lxml.html``'s element classes would look up a Python class for every element the code
touches, which costs as much as the parse itself.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeAlias

import attrs
from lxml import etree

Element: TypeAlias = etree._Element


def next_element(el: Element) -> Element | None:
    """The element after ``el`` among its siblings (comments and the like skipped), if any."""
    sibling = el.getnext()
    while sibling is not None and not isinstance(sibling.tag, str):
        sibling = sibling.getnext()
    return sibling


def drop(el: Element) -> None:
    """Remove ``el`` and its subtree from the tree, keeping the text that follows it."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        add_text_before(el, el.tail)
    parent.remove(el)


def add_text_before(el: Element, text: str) -> None:
    """Put ``text`` just before ``el``: at the end of the previous sibling's tail, or of the
    parent's own text when ``el`` comes first."""
    previous = el.getprevious()
    if previous is not None:
        previous.tail = _settable((previous.tail or "") + text)
        return
    parent = el.getparent()
    if parent is not None:
        parent.text = _settable((parent.text or "") + text)



def hoist_content(el: Element) -> None:
    """Move ``el``'s text and children out to just after it, in order, leaving it empty: what
    an HTML5 parser makes of a void element (``<embed>``, ``<wbr>``) that libxml2 left open
    around the rest of its parent."""
    text, children = el.text, list(el)
    if not text and not children:
        return
    el.text = None
    if not children:
        el.tail = _settable(text + (el.tail or "")) if text else el.tail
        return
    last = children[-1]
    if el.tail:
        last.tail = _settable((last.tail or "") + el.tail)
    el.tail = _settable(text) if text else None
    for child in reversed(children):  # each goes just after el (lxml moves its tail with it)
        el.addnext(child)


def class_and_id(el: Element) -> str:
    """The element's ``class`` and ``id`` values in one string ("" when it has neither): what
    its name hints are read from."""
    value = el.get("class")
    ident = el.get("id")
    if ident is None:  # most elements: no string to build
        return value or ""
    return f"{value} {ident}" if value else ident

# Control characters the parser kept in the page's text, which lxml refuses when text is set.
_UNSETTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _settable(text: str) -> str:
    return _UNSETTABLE.sub("", text) if _UNSETTABLE.search(text) else text


# Elements that hold code or embedded media, never metadata a source reads or story text: a
# tenth of a typical page's elements. (``noscript`` stays: its images carry microdata.)
CODE_TAGS = (
    "script", "style", "svg", "math", "template", "iframe", "frame", "frameset", "object", "embed",
    "canvas", "video", "audio", "map", "input", "option", "dialog",
)


@attrs.frozen
class Scripts:
    """The page's scripts, out of the tree."""

    json_ld: list[Element]
    """The JSON-LD scripts: the only code the metadata sources read."""
    others: list[Element]
    """The other scripts, whose text is read only for a page whose HTML holds no story (a page
    its scripts render, with the story in their data)."""


def code_tags(root: Element) -> frozenset[str]:
    """The tags of ``CODE_TAGS`` the page has (all of them where the package was built without
    a C compiler: lxml then looks for each)."""
    if _names_present is None:
        return frozenset(CODE_TAGS)
    return frozenset(_names_present(root, CODE_TAGS))


def strip_code(root: Element, present: frozenset[str] | None = None) -> Scripts:
    """Remove the code and embedded media from the tree (in C, keeping the text after each),
    and give back the scripts, set aside first. ``present``: ``code_tags(root)``, when the
    caller asked for it already."""
    present = code_tags(root) if present is None else present
    json_ld: list[Element] = []
    others: list[Element] = []
    if "script" in present:
        for el in root.iter("script"):
            (json_ld if "ld+json" in (el.get("type") or "").lower() else others).append(el)
    for name in CODE_TAGS:
        if name in present:
            etree.strip_elements(root, name, with_tail=False)
    return Scripts(json_ld, others)


def strip_named(root: Element, names: Sequence[str]) -> None:
    """Remove the elements with these tag names and their subtrees (keeping the text after
    each), in C. lxml matches many names slowly: where the package was built with a C
    compiler, one compiled pass first says which of them the page has, and lxml strips those
    one name at a time."""
    if _names_present is None:
        etree.strip_elements(root, *names, with_tail=False)
        return
    for name in _names_present(root, tuple(names)):
        etree.strip_elements(root, name, with_tail=False)


try:
    from ._ctree import names_present as _names_present
except ImportError:  # built without a C compiler: lxml matches every name itself
    _names_present = None  # type: ignore[assignment]
