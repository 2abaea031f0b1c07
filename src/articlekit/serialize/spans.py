"""What the Markdown and HTML serializers render of a block's spans: the links whose address is
safe to write, and the spans as a properly nested tree.

Both serializers render the same spans, so that a link shown in one is shown in the other.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..model import Span

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
"""A URL's scheme, at its start (after white space and controls are taken out, as browsers do)."""

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
"""The schemes a written link or image may have; an address without a scheme is relative."""

_IGNORED = re.compile(r"[\x00-\x20\x7f]")
"""What a browser drops or ignores in an address before it reads the scheme."""

# The order of spans over the same characters, outermost first: a link around bold around
# italics around code (`[**x**](...)`).
_DEPTH = {"link": 0, "strong": 1, "emphasis": 2, "code": 3}


def safe_href(href: str | None) -> str | None:
    """``href`` stripped, when it is a link or image address that may be written: http, https,
    mailto, or relative (no scheme). ``javascript:``, ``data:`` and any other scheme give ``None``,
    as does an empty address.

    >>> safe_href(" https://example.com/a b ")
    'https://example.com/a b'
    >>> safe_href("java\\tscript:alert(1)") is None, safe_href("/local/page")
    (True, '/local/page')
    """
    if href is None:
        return None
    href = href.strip()
    if not href:
        return None
    found = _SCHEME.match(_IGNORED.sub("", href[:64]))
    if found and found[1].lower() not in SAFE_SCHEMES:
        return None
    return href


def shrunk(text: str, spans: Sequence[Span]) -> list[Span]:
    """Each span without the white space at either end of its run; empty ones left out. Linear
    in the text and the spans, however many spans start in one long run of white space.

    >>> shrunk("a  bc ", [Span(1, 6, "strong"), Span(1, 3, "code")])
    [Span(start=3, end=5, kind='strong', href=None)]
    """
    if not spans:
        return []
    size = len(text)
    ahead = [size] * (size + 1)  # ahead[i]: the first character at or after i that is not white space
    for i in range(size - 1, -1, -1):
        ahead[i] = ahead[i + 1] if text[i].isspace() else i
    behind = [0] * (size + 1)  # behind[i]: just after the last character before i that is not
    for i in range(1, size + 1):
        behind[i] = behind[i - 1] if text[i - 1].isspace() else i
    runs = []
    for span in spans:
        start, end = ahead[min(span.start, size)], behind[min(span.end, size)]
        if start < end:
            runs.append(span if (start, end) == (span.start, span.end) else Span(start, end, span.kind, span.href))
    return runs


def nested(text: str, spans: Sequence[Span], keep: Callable[[Span], bool]) -> list[Span]:
    """The spans to render, sorted and properly nested: each one ``keep`` accepts, shrunk to its
    run without the white space at either end (empty ones left out), then, in reading order
    (outermost first), those that fit the tree of those kept before.

    Left out: a span that crosses one kept before it (the later, inner one goes), one inside a
    span of its own kind (a link in a link, bold in bold) and anything inside code, except that a
    link inside code takes the code's place (the address matters more than the font).

    >>> spans = [Span(0, 9, "strong"), Span(5, 14, "emphasis"), Span(0, 4, "link", "/a")]
    >>> [(s.start, s.end, s.kind) for s in nested("Read more of it", spans, lambda s: True)]
    [(0, 9, 'strong'), (0, 4, 'link')]
    """
    runs = [span for span in shrunk(text, spans) if keep(span)]
    runs.sort(key=lambda s: (s.start, -s.end, _DEPTH.get(s.kind, 4)))
    kept: list[Span | None] = []
    stack: list[Span] = []  # the open spans, outermost first
    where: list[int] = []  # their indices in kept
    for span in runs:
        while stack and stack[-1].end <= span.start:
            stack.pop()
            where.pop()
        kinds = {open_span.kind for open_span in stack}
        if span.kind == "link" and stack and stack[-1].kind == "code" and "link" not in kinds and span.end <= stack[-1].end:
            kept[where.pop()] = None
            stack.pop()
            kinds.discard("code")
        if stack and (span.end > stack[-1].end or span.kind in kinds or "code" in kinds):
            continue  # crosses the span it starts in, or nests where it may not
        kept.append(span)
        stack.append(span)
        where.append(len(kept) - 1)
    return [span for span in kept if span is not None]
