"""Text -> one lxml tree, parsed once with a parser that never touches the network or disk."""

from __future__ import annotations

import re

from lxml import etree

from ..errors import NotHTMLError
from .tree import Element

# An XML declaration's encoding no longer applies once the text is decoded (lxml refuses it).
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]{0,200}\?>", re.IGNORECASE)


_CONTROL_CHARACTERS = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF])


def _parser() -> etree.HTMLParser:
    return etree.HTMLParser(
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=False,
    )


def parse(text: str) -> Element:
    """Parse decoded page text into an lxml HTML tree (the ``<html>`` element)."""
    text = _XML_DECLARATION.sub("", text, count=1)
    # Control characters carry nothing in HTML; NUL ends libxml2's input early, and the others
    # would make the tree's text impossible to edit (lxml refuses them when text is set).
    data = text.translate(_CONTROL_CHARACTERS).encode("utf-8", errors="replace")
    try:
        root = etree.fromstring(data, parser=_parser())
    except etree.ParserError as exc:
        raise NotHTMLError(f"the input could not be parsed as HTML: {exc}") from None
    if root is None:
        raise NotHTMLError("the input holds no HTML elements")
    return root
