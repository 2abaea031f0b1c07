"""Text -> one lxml tree, parsed once with a parser that never touches the network or disk.

The parser reads pages whole: libxml2's own limits (a text node, comment or attribute over
10 MB, or elements nested 256 deep) end a parse early and silently, so they are lifted
(``huge_tree``) and replaced by bounds of our own, each of which either keeps the whole page's
text or raises ``InputError`` naming the limit:

- elements nested deeper than ``MAX_DEPTH`` are flattened into their ancestor at that depth
  (their text stays, in order), so that the package's recursive walks stay shallow;
- a page nested deeper than libxml2's huge-tree limit cannot be read whole: ``InputError``;
- a tag with more than ``MAX_TAG_ATTRIBUTES`` attributes loses the rest of them before the
  parse (libxml2 checks attribute names for duplicates pairwise: quadratic time);
- void elements libxml2 does not know as void (``<embed>``, ``<source>``, ``<wbr>``...), which
  it leaves open around the rest of the page, are emptied, their content moved after them.
"""

from __future__ import annotations

import re

from lxml import etree

from ..errors import InputError, NotHTMLError
from .tagscan import cap_attributes
from .tree import Element, hoist_content

# An XML declaration's encoding no longer applies once the text is decoded (lxml refuses it).
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]{0,200}\?>", re.IGNORECASE)

#: Elements deeper than this (``<html>`` is depth 1) are flattened into their ancestor at this
#: depth. It is libxml2's own default depth limit, so every page that parsed whole before
#: keeps its tree; the package's recursive walks take about two Python frames a level, well
#: within Python's default recursion limit of 1000 at this depth.
MAX_DEPTH = 256

#: libxml2's depth limit with ``huge_tree`` (it stops the parse there); named in the error.
PARSER_MAX_DEPTH = 2048

# Void elements of HTML5 that libxml2's HTML parser treats as containers: it nests the rest
# of their parent inside them (``<embed src=x><p>story</p>`` puts the story in the embed).
_UNKNOWN_VOIDS = ("embed", "source", "track", "wbr", "keygen", "bgsound", "image")

# Whether an element lies deeper than MAX_DEPTH; and the elements at MAX_DEPTH (in C: one step
# per level, each over the elements at that depth, so linear in the tree).
_TOO_DEEP = etree.XPath("boolean(" + "/*" * (MAX_DEPTH + 1) + ")")
_AT_MAX_DEPTH = etree.XPath("/*" * MAX_DEPTH)
_FLATTENED = "articlekit-flattened"


def _parser() -> etree.HTMLParser:
    return etree.HTMLParser(
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=True,  # read big scripts, data: images and deep pages whole: see above
    )


def parse(text: str, utf8: bytes | None = None) -> Element:
    """Parse decoded page text into an lxml HTML tree (the ``<html>`` element).

    ``utf8``: the same page as clean UTF-8 bytes, when the input was; libxml2 then reads them
    as they are instead of a fresh encoding of ``text``.

    Raises ``InputError`` when the parser could not read the page whole (nested deeper than
    ``PARSER_MAX_DEPTH``), never a tree that silently lacks the rest of the page."""
    declaration = _XML_DECLARATION.match(text)
    if declaration is not None:
        text, utf8 = text[declaration.end() :], None
    if utf8 is None:
        utf8 = text.encode("utf-8", errors="replace")
    capped = cap_attributes(text, utf8)
    if capped is not text:
        utf8 = capped.encode("utf-8", errors="replace")
    # NUL bytes end libxml2's input early; they carry nothing in HTML.
    if b"\x00" in utf8:
        utf8 = utf8.replace(b"\x00", b"")
    parser = _parser()
    try:
        root = etree.fromstring(utf8, parser=parser)
    except etree.ParserError as exc:
        raise NotHTMLError(f"the input could not be parsed as HTML: {exc}") from None
    _check_read_whole(parser)
    if root is None:
        raise NotHTMLError("the input holds no HTML elements")
    _adopt_strays(root)
    too_deep, voids = _depth_and_voids(root)
    if too_deep:
        _flatten_deep(root)
        voids = list(root.iter(*_UNKNOWN_VOIDS))
    for el in voids:
        hoist_content(el)
    return root


def _depth_and_voids(root: Element) -> tuple[bool, list[Element]]:
    """Whether an element lies deeper than ``MAX_DEPTH``, and the void elements that may hold
    content to hoist out: in one compiled pass where the package was built with a C compiler."""
    if _compiled_scan is not None:
        return _compiled_scan(root, MAX_DEPTH)
    return bool(_TOO_DEEP(root)), list(root.iter(*_UNKNOWN_VOIDS))


def _check_read_whole(parser: etree.HTMLParser) -> None:
    """Raise ``InputError`` when libxml2 stopped the parse at one of its limits (the rest of
    the page would be lost without a word)."""
    for entry in parser.error_log.filter_levels(etree.ErrorLevels.FATAL):
        if entry.type_name != "ERR_RESOURCE_LIMIT" and "xcessive" not in entry.message:
            continue
        if "depth" in entry.message:
            raise InputError(
                f"the page nests elements more than {PARSER_MAX_DEPTH:,} levels deep "
                f"(line {entry.line}), beyond what the HTML parser can read; "
                "the rest of the page would be lost, so it is refused"
            )
        raise InputError(
            f"the HTML parser stopped at one of its limits on line {entry.line} "
            f"({entry.message.strip()}); the rest of the page would be lost, so it is refused"
        )


def _flatten_deep(root: Element) -> None:
    """Flatten every element deeper than ``MAX_DEPTH`` into its ancestor at that depth: the
    tags go, their text and tails stay where they were."""
    deepest = _AT_MAX_DEPTH(root)
    assert isinstance(deepest, list)
    for top in deepest:
        if isinstance(top, etree._Element):
            # (not one XPath "//*" below them: libxml2 merges its node sets in quadratic time)
            for el in top.iterdescendants():
                el.tag = _FLATTENED
    etree.strip_tags(root, _FLATTENED)


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


try:
    from ._ctree import depth_and_voids as _compiled_scan
except ImportError:  # built without a C compiler: the XPath test and lxml's iter do the same
    _compiled_scan = None  # type: ignore[assignment]
