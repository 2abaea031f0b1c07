"""Putting a streamed page's late parts where its scripts would put them.

React's streaming server rendering (Next.js among others) sends a page in parts. Where a part was
not ready, the page holds a placeholder (``<template id="B:0">`` or ``<template id="P:3">``),
and the part itself comes at the end of ``<body>`` in a hidden ``<div id="S:0">``, followed by a
one-line script (``$RC("B:0","S:0")``, ``$RS("S:3","P:3")``) that moves it into place when the
browser runs it. Read as it was sent, such a page has its story cut into hidden pieces after the
footer; read as the reader sees it, the story is whole and in order. The tree is made to read as
the reader sees it.
"""

from __future__ import annotations

from lxml import etree

from .tree import Element, add_text_before, drop

# The placeholders' id prefixes: a boundary's ("B:5"), and a segment's inside another part ("P:5").
_PLACEHOLDER_PREFIXES = ("B:", "P:")
_PART_PREFIX = "S:"


def place_streamed_parts(root: Element) -> None:
    """Move each streamed part into its placeholder; pages that were not streamed (almost all)
    are left as they are.

    A part and its placeholder share their number ("S:5" fills "B:5" or "P:5"): React numbers
    both from one counter. The scripts that would make the moves are not read, because the
    number is enough and saved copies of pages often lack them."""
    placeholders = {
        ident[2:]: el
        for el in root.iter("template")
        if (ident := el.get("id")) is not None and ident.startswith(_PLACEHOLDER_PREFIXES)
    }
    if not placeholders:
        return
    parts = [
        el for el in root.iter("div")
        if el.get("hidden") is not None and (ident := el.get("id")) is not None and ident.startswith(_PART_PREFIX)
    ]
    for part in parts:  # in the page's order: a part may hold the placeholder of a later one
        placeholder = placeholders.get(part.get("id", "")[2:])
        if placeholder is not None:
            if placeholder.get("id", "").startswith("B:"):
                _drop_loading_sign(placeholder)
            _replace(placeholder, part)


# A boundary's fallback, shown until its part arrives, is a spinner or a short "Loading..."
# label. The markers around it are comments, which the parser drops, so a label is known by
# itself: the element right after the placeholder, holding a short text that ends in an
# ellipsis. (An element without text is left: it may be no fallback at all but the page's own
# wrapper of placeholders yet to be filled, and it adds no text to the story either way.)
MAX_LOADING_SIGN_CHARS = 40
_ELLIPSES = ("...", "\u2026")


def _drop_loading_sign(placeholder: Element) -> None:
    sign = placeholder.getnext()
    if sign is None or not isinstance(sign.tag, str) or (sign.tail and sign.tail.strip()):
        return
    text = etree.tostring(sign, method="text", encoding="unicode", with_tail=False).strip()
    if text and len(text) <= MAX_LOADING_SIGN_CHARS and text.endswith(_ELLIPSES):
        parent = sign.getparent()
        if parent is not None:
            parent.remove(sign)


_NOT_CONTENT = frozenset({"script", "style", "template", "noscript", "head", "title"})


def _replace(placeholder: Element, part: Element) -> None:
    """Put the part's content where the placeholder is, and remove both (keeping the text
    around them). Every step is one splice, so a page of thousands of parts costs no more than
    thousands of moves."""
    parent = placeholder.getparent()
    if parent is None or part.getparent() is None or parent.tag in _NOT_CONTENT:
        return  # (a placeholder the parser set inside a script is not where a browser has it)
    if any(a is part for a in placeholder.iterancestors()):
        return  # a placeholder inside its own part: nothing a browser would do either
    if part.text:
        add_text_before(placeholder, part.text)
    for child in list(part):
        placeholder.addprevious(child)  # moves the child's tail with it
    drop(placeholder)
    drop(part)

