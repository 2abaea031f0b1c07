"""Selectors of a site rule: CSS or XPath text, compiled once into an lxml XPath.

A selector is written as CSS (``h1.title``) or XPath (anything starting with ``/``, ``./`` or
``(``, or prefixed ``xpath:``); ``css:`` forces CSS. CSS is translated by ``cssselect`` (what
lxml itself uses), so a rule author can paste what the browser's inspector shows.
"""

from __future__ import annotations

import re

import attrs
from lxml import etree
from ..dom.tree import Element

from .errors import SiteRuleError

_XPATH_STARTS = ("/", "./", "(")
# Elements only: text nodes and attribute values returned by an XPath are ignored, since the
# rule's ``attribute`` (not the expression) says which part of the element is the value.


def _to_xpath(text: str) -> str:
    if text.startswith("xpath:"):
        return text[len("xpath:") :].strip()
    if text.startswith("css:"):
        return _css(text[len("css:") :].strip(), text)
    if text.startswith(_XPATH_STARTS):
        return text
    return _css(text, text)


# "div#zox-site", "#main": looked up in the page's id table (XPath ``id()``, as a browser's
# getElementById) instead of testing every element: a detection marker is tried on every page.
_ID_SELECTOR = re.compile(r"([a-zA-Z][a-zA-Z0-9]*)?#([A-Za-z_][\w-]*)")


def _css(css: str, original: str) -> str:
    by_id = _ID_SELECTOR.fullmatch(css)
    if by_id:
        tag, ident = by_id.groups()
        return f"id('{ident}')" + (f"[self::{tag.lower()}]" if tag else "")
    # Imported here: CSS is translated when a rule is compiled, never while a page is read.
    from cssselect import GenericTranslator, SelectorError

    try:
        return str(GenericTranslator().css_to_xpath(css))
    except SelectorError as exc:
        raise SiteRuleError(f"selector {original!r} is not valid CSS ({exc}); XPath must start with '/'") from None


def _compile(text: str) -> etree.XPath:
    try:
        return etree.XPath(_to_xpath(text))
    except etree.XPathSyntaxError as exc:
        raise SiteRuleError(f"selector {text!r} is not a valid XPath ({exc})") from None


@attrs.frozen
class Selector:
    """One selector, with the attribute whose value it reads (text content when ``None``).

    >>> import lxml.html
    >>> page = lxml.html.fromstring('<div><time datetime="2025-01-02">Jan 2</time></div>')
    >>> [el.tag for el in Selector("time[datetime]", "datetime").select(page)]
    ['time']
    """

    text: str
    attribute: str | None = None
    _query: etree.XPath = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_query", _compile(self.text))

    def select(self, root: Element) -> list[Element]:
        """The elements this selector matches, in document order."""
        found = self._query(root)
        if not isinstance(found, list):
            return []
        return [el for el in found if isinstance(el, etree._Element) and isinstance(el.tag, str)]

    def __str__(self) -> str:
        return self.text if self.attribute is None else f"{self.text}@{self.attribute}"
