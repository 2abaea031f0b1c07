"""The element type of the parsed tree, and the one tree edit the package makes.

Pages are parsed with lxml's plain HTML parser: its elements are ``lxml.etree._Element``.
(``lxml.html``'s element classes would look up a Python class for every element the code
touches, which costs as much as the parse itself.)
"""

from __future__ import annotations

from typing import TypeAlias

from lxml import etree

Element: TypeAlias = etree._Element


def drop(el: Element) -> None:
    """Remove ``el`` and its subtree from the tree, keeping the text that follows it."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)
