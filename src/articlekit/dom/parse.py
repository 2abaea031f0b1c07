"""Text -> one lxml tree, parsed once with a parser that never touches the network or disk."""

from __future__ import annotations

import re

from lxml import etree

from ..errors import NotHTMLError
from .tree import Element

# An XML declaration's encoding no longer applies once the text is decoded (lxml refuses it).
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]{0,200}\?>", re.IGNORECASE)


def _parser() -> etree.HTMLParser:
    return etree.HTMLParser(
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=False,
    )


def parse(text: str, utf8: bytes | None = None) -> Element:
    """Parse decoded page text into an lxml HTML tree (the ``<html>`` element).

    ``utf8``: the same page as clean UTF-8 bytes, when the input was; libxml2 then reads them
    as they are instead of a fresh encoding of ``text``."""
    declaration = _XML_DECLARATION.match(text)
    if declaration is not None:
        text, utf8 = text[declaration.end() :], None
    # NUL bytes end libxml2's input early; they carry nothing in HTML.
    if utf8 is None or b"\x00" in utf8:
        utf8 = text.replace("\x00", "").encode("utf-8", errors="replace")
    try:
        root = etree.fromstring(utf8, parser=_parser())
    except etree.ParserError as exc:
        raise NotHTMLError(f"the input could not be parsed as HTML: {exc}") from None
    if root is None:
        raise NotHTMLError("the input holds no HTML elements")
    _adopt_strays(root)
    return root


def _adopt_strays(root: Element) -> None:
    """Move elements that the parser left beside ``<html>`` (a second ``<html>`` in the markup
    starts one, and the rest of the page can follow it there) into the page's own head and
    body, so that every later step, which reads ``<html>`` alone, sees them."""
    strays = [el for el in root.itersiblings() if isinstance(el.tag, str)]
    if not strays:
        return
    head, body = root.find("head"), root.find("body")
    if body is None:
        body = etree.SubElement(root, "body")
    for stray in strays:
        for part in list(stray) if stray.tag == "html" else [stray]:
            if part.tag == "head" and head is not None:
                head.extend(list(part))
            elif part.tag == "body":
                body.extend(list(part))
            elif isinstance(part.tag, str):
                body.append(part)
