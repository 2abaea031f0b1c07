"""Inline markup as spans over a block's text: links, emphasis, strong, code.

A block's text is made first, as it always is; the spans are then laid over it. Each inline
element under the block's source elements is read in document order (its text as the block's
text reads it: white space collapsed), and found in the block's text from where the previous one
ended (from where its parent began, for one nested in another). An element whose text is not
found there (its text was left out, as furniture, or a line break inside it made it two lines)
gives no span. So the text never changes, and a span always covers the characters it marks.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import cast
from urllib.parse import urljoin, urlsplit

from ..dom.text import clean_text
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
# The link schemes kept; a relative address is made absolute against the page's.
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
# What joins a table row's cells in ``Table.text``.
CELL_SEPARATOR = " | "


def link_target(href: str | None, base: str | None) -> str | None:
    """A link's address as a reader's browser would follow it, or None for one that goes
    nowhere a reader can follow (``javascript:``, ``data:``, ``tel:``, an empty ``href``, or
    ``#`` alone: the hook of a script, an accordion's title or a menu's toggle). A relative
    address is made absolute against ``base``; it stays relative when there is none.

    >>> link_target("/world/rates", "https://example.com/news/story")
    'https://example.com/world/rates'
    >>> link_target("javascript:share()", "https://example.com/") is None, link_target("#", "https://example.com/") is None
    (True, True)
    """
    if not href or not (href := href.strip()) or href == "#":
        return None
    scheme, colon, rest = href.partition(":")
    if colon and "/" not in scheme and "?" not in scheme and "#" not in scheme:
        # An absolute address (the common case, taken as it is), or another scheme's.
        return href if scheme.lower() in LINK_SCHEMES and rest else None
    if not base:
        return href
    if href[0] == "/" and href[1:2] != "/" and "/." not in href and (origin := _origin(base)):
        return origin + href  # "/world/rates": the page's scheme and host, then the path
    try:
        return urljoin(base, href)
    except ValueError:  # a malformed address ("//[::1") is not a link
        return None


@lru_cache(maxsize=64)
def _origin(base: str) -> str | None:
    """"https://example.com" of an absolute http(s) address (None for another)."""
    try:
        parts = urlsplit(base)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}"


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
        kind = SPAN_TAGS.get(source.tag)
        if kind is not None:
            cursor = _lay(source, kind, text, cursor, base, spans)
        elif len(source):  # (a lone text element has no markup)
            cursor = _lay_children(source, text, cursor, base, spans)
    if len(spans) > 1:
        spans.sort(key=_span_order)
    return tuple(spans)


def _span_order(span: Span) -> tuple[int, int]:
    return span.start, -span.end


def _lay_children(el: Element, text: str, cursor: int, base: str | None, spans: list[Span]) -> int:
    """Lay the spans of the markup inside ``el`` over ``text``, looking from ``cursor``; where
    the text after them is to be looked for."""
    for child in el:
        kind = SPAN_TAGS.get(child.tag)  # (a comment's tag is a function: no kind)
        if kind is not None:
            cursor = _lay(child, kind, text, cursor, base, spans)
        elif len(child):
            cursor = _lay_children(child, text, cursor, base, spans)
    return cursor


def _lay(el: Element, kind: str, text: str, cursor: int, base: str | None, spans: list[Span]) -> int:
    """Lay the span of ``el`` and those inside it over ``text``, looking from ``cursor``."""
    run = _run_text(el)
    start = text.find(run, cursor) if run else -1
    if start < 0:
        return cursor
    end = start + len(run)
    if kind != "link":
        spans.append(Span(start, end, kind))
    elif (href := link_target(el.get("href"), base)) is not None:
        spans.append(Span(start, end, kind, href))
    if len(el):
        _lay_children(el, text, start, base, spans)  # markup inside this run is found inside it
    return end


def _run_text(el: Element) -> str:
    """An inline element's text as the block's text reads it (white space collapsed), gathered
    by lxml in C: the pruned tree holds no script or style text to leave out."""
    if not len(el):
        return clean_text(el.text or "")
    return clean_text("".join(cast(Iterator[str], el.itertext())))


def part_spans(rows: list[list[tuple[Element, str]]], base: str | None) -> tuple[Span, ...]:
    """The spans of a list's items or a table's cells (each element with the text read from
    it), as offsets into the block's text: rows joined by newlines (a list's item is a row of
    one), a row's cells by " | ". Only an element with children can hold inline markup: the
    others cost nothing."""
    spans: list[Span] = []
    at = 0
    for row in rows:
        for n, (el, text) in enumerate(row):
            at += len(CELL_SEPARATOR) if n else 0
            if len(el):
                spans.extend(Span(s.start + at, s.end + at, s.kind, s.href) for s in spans_in(text, (el,), base))
            at += len(text)
        at += 1
    return tuple(spans)


def shifted(spans: tuple[Span, ...], start: int, end: int) -> tuple[Span, ...]:
    """The spans that fall within ``start``..``end`` of a text, made offsets into that part of
    it (a paragraph cut in two at a blank line keeps each half's spans)."""
    if start == 0 and all(s.end <= end for s in spans):
        return spans  # the whole text, or its start: the spans stand as they are
    return tuple(Span(s.start - start, s.end - start, s.kind, s.href) for s in spans if start <= s.start and s.end <= end)
