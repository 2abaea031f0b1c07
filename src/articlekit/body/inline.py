"""Inline markup as spans over a block's text: links, emphasis, strong, code.

A block's text is made first, as it always is; the spans are then laid over it. Each inline
element under the block's source elements is read in document order (its text as the block's
text reads it: white space collapsed), and found in the block's text from where the previous one
ended (from where its parent began, for one nested in another). An element whose text is not
found there (its text was left out, as furniture, or a line break inside it made it two lines)
gives no span. So the text never changes, and a span always covers the characters it marks.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urljoin

from ..dom.text import element_text
from ..dom.tree import Element
from ..model import Span

# Inline tag -> the span kind it gives.
SPAN_TAGS = {
    "a": "link",
    "em": "emphasis",
    "i": "emphasis",
    "strong": "strong",
    "b": "strong",
    "code": "code",
    "kbd": "code",
    "samp": "code",
}
_TAGS = tuple(SPAN_TAGS)
# The link schemes kept; a relative address is made absolute against the page's.
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
# How far up a nested element looks for an enclosing span's element (inline markup is shallow).
MAX_NESTING = 8


def link_target(href: str | None, base: str | None) -> str | None:
    """A link's address as a reader's browser would follow it, or None for one that goes
    nowhere a reader can follow (``javascript:``, ``data:``, ``tel:``, an empty ``href``). A
    relative address is made absolute against ``base``; it stays relative when there is none.

    >>> link_target("/world/rates", "https://example.com/news/story")
    'https://example.com/world/rates'
    >>> link_target("javascript:share()", "https://example.com/") is None
    True
    """
    if not href or not (href := href.strip()):
        return None
    scheme, colon, rest = href.partition(":")
    if colon and "/" not in scheme and "?" not in scheme and "#" not in scheme:
        # An absolute address (the common case, taken as it is), or another scheme's.
        return href if scheme.lower() in LINK_SCHEMES and rest else None
    if not base:
        return href
    try:
        return urljoin(base, href)
    except ValueError:  # a malformed address ("//[::1") is not a link
        return None


def page_base(root: Element, url: str | None) -> str | None:
    """The address relative links are read against: the page's ``<base href>`` (itself read
    against the page's URL), else the page's URL."""
    href = None
    for head in root:
        if head.tag == "head":
            base = next(head.iterchildren("base"), None)
            href = base.get("href") if base is not None else None
            break
    if href and href.strip():
        try:
            return urljoin(url, href.strip()) if url else href.strip()
        except ValueError:
            return url
    return url


def spans_in(text: str, sources: Iterable[Element], base: str | None) -> tuple[Span, ...]:
    """The spans of the inline markup under ``sources`` (the elements ``text`` was read from,
    in order) over ``text``."""
    spans: list[Span] = []
    cursor = 0
    for source in sources:
        if not isinstance(source.tag, str) or (not len(source) and source.tag not in SPAN_TAGS):
            continue  # a lone text element without markup, the common paragraph
        # (element, start, end) of the enclosing elements that gave a span: a nested element is
        # looked for inside them.
        open_runs: list[tuple[Element, int, int]] = []
        for el in source.iter(*_TAGS):
            while open_runs and not _is_inside(el, open_runs[-1][0]):
                cursor = max(cursor, open_runs.pop()[2])
            start_from = open_runs[-1][1] if open_runs else cursor
            run = element_text(el)
            if not run:
                continue
            start = text.find(run, start_from)
            if start < 0:
                continue
            end = start + len(run)
            kind = SPAN_TAGS[el.tag]
            if kind == "link":
                href = link_target(el.get("href"), base)
                if href is not None:
                    spans.append(Span(start, end, kind, href))
            else:
                spans.append(Span(start, end, kind))
            open_runs.append((el, start, end))
        if open_runs:
            cursor = max(cursor, open_runs[0][2])
    spans.sort(key=lambda s: (s.start, -s.end))
    return tuple(spans)


def _is_inside(el: Element, ancestor: Element) -> bool:
    parent = el.getparent()
    for _ in range(MAX_NESTING):
        if parent is None:
            return False
        if parent is ancestor:
            return True
        parent = parent.getparent()
    return False


def shifted(spans: tuple[Span, ...], start: int, end: int) -> tuple[Span, ...]:
    """The spans that fall within ``start``..``end`` of a text, made offsets into that part of
    it (a paragraph cut in two at a blank line keeps each half's spans)."""
    if start == 0 and all(s.end <= end for s in spans):
        return spans  # the whole text, or its start: the spans stand as they are
    return tuple(Span(s.start - start, s.end - start, s.kind, s.href) for s in spans if start <= s.start and s.end <= end)
