"""Compiled XPath queries that return elements, typed for the rest of the package."""

from __future__ import annotations

from lxml import etree
from .tree import Element


class ElementQuery:
    """An XPath expression compiled once, returning only the elements it selects."""

    def __init__(self, expression: str) -> None:
        self._xpath = etree.XPath(expression)

    def __call__(self, root: Element) -> list[Element]:
        result = self._xpath(root)
        if not isinstance(result, list):
            return []
        return [el for el in result if isinstance(el, etree._Element)]
