"""Text of elements, whitespace normalized the way a browser shows it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import cast

from .tree import Element

# C0/C1 controls other than tab and newline, and lone surrogates, never reach the output.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")

_SKIP_TEXT_OF = frozenset({"script", "style", "noscript", "template", "svg", "math"})
# Either of the two above matches: most text has none, and is then left as it is.
_ODD = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Containers that may hold a story's text loose (between <br>s and inline tags, outside any <p>).
LOOSE_TEXT_TAGS = frozenset({"div", "section", "article", "td", "span", "font", "main"})
# Elements a browser lays out on their own line: their text never runs into a neighbour's.
BLOCK_TAGS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 "
    "h6 header hgroup hr li main nav ol p pre section table tbody td th thead tr ul details summary "
    "fieldset legend menu search caption".split()
)


def clean_text(text: str) -> str:
    """Collapse runs of white space to one space, drop control and zero-width characters."""
    if _ODD.search(text) is not None:
        text = _drop_odd(text)
    return " ".join(text.split())


def _drop_odd(text: str) -> str:
    return _ZERO_WIDTH.sub("", _CONTROL.sub(" ", _MOJIBAKE.sub(_unmangle, text)))


# UTF-8 that was read as Latin-1 and written out again as UTF-8 (a CMS bug common on the web):
# "’" became "â\x80\x99". A lead letter and the continuation characters after it are turned
# back into one character when they hold a C1 control, which real text never does.
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf]{1,3}")


def _unmangle(match: re.Match[str]) -> str:
    found = match.group(0)
    if not any("\x80" <= c <= "\x9f" for c in found):
        return found
    try:
        return found.encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return found


def element_text(el: Element, skip: frozenset[str] = frozenset()) -> str:
    """All the text under ``el`` on one line, as a reader would see it (``skip``: tags whose
    text is left out)."""
    return clean_text("".join(_iter_text(el, keep_breaks=False, skip=skip)))


def block_text(el: Element) -> str:
    """The text under ``el`` with ``<br>`` kept as line breaks; other white space collapsed."""
    return _block_text_of("".join(_iter_text(el, keep_breaks=True)))


def preformatted_text(el: Element) -> str:
    """The text of a ``<pre>`` as it is laid out: its lines and their indentation kept, white
    space at the lines' ends and blank lines around it dropped, runs of blank lines made one."""
    raw = "".join(_iter_text(el, keep_breaks=True))
    if _ODD.search(raw) is not None:
        raw = _drop_odd(raw)
    lines = [line.rstrip() for line in raw.replace("\u2028", "\n").replace("\r\n", "\n").split("\n")]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    return "\n".join(kept).strip("\n")


def inline_text(el: Element) -> str:
    """``block_text`` of an inline element, with one space kept at either edge where its text
    has white space there: "<span>after the </span><a>release</a>" reads "after the release"."""
    raw = "".join(_iter_text(el, keep_breaks=True))
    text = _block_text_of(raw)
    if not text:
        return " " if raw[:1].isspace() else ""
    if raw[:1].isspace():
        text = " " + text
    if raw[-1:].isspace():
        text += " "
    return text


def _block_text_of(raw: str) -> str:
    if _ODD.search(raw) is not None:
        raw = _drop_odd(raw)
    # U+2028 marks the kept breaks; every other white space (source newlines too) is a space.
    if "\u2028" not in raw:
        return " ".join(raw.split())
    lines = (" ".join(line.split()) for line in raw.split("\u2028"))
    return "\n".join(line for line in lines if line)


def visible_text(el: Element) -> str:
    """``el``'s text with white space collapsed, gathered by lxml in C: the cheap reading for
    measuring text (block separators are not added, control characters not removed)."""
    if len(el) == 0:  # most paragraphs: their text is all there is (itertext costs more)
        return " ".join((el.text or "").split())
    texts = cast(Iterator[str], el.itertext())  # an HTML tree's text is str, never bytes
    return " ".join("".join(texts).split())


def text_length(el: Element) -> int:
    """The length of ``visible_text``: the cheap measure for comparing amounts of text."""
    return len(visible_text(el))


def short_text(el: Element, max_chars: int) -> str:
    """The element's text on one line, or "" when it is longer than ``max_chars``: reading
    stops there, so a whole article's container costs no more than a date line."""
    limit = 2 * (max_chars + 1)  # white space collapses: leave it room
    parts: list[str] = []
    size = 0
    for piece in _line_texts(el):
        parts.append(piece)
        size += len(piece)
        if size > limit:
            return ""
    text = clean_text(" ".join(parts))
    return text if len(text) <= max_chars else ""


# Tags whose text never belongs to a short line of the page (a date line, a byline).
_NOT_LINE_TEXT = frozenset({"script", "style", "noscript", "template", "option", "button", "head", "meta"})


def _line_texts(el: Element) -> Iterator[str]:
    """The texts and tails under ``el`` in reading order, the subtrees of ``_NOT_LINE_TEXT``
    tags and comments left out (their tails kept). One frame walks the subtree with a stack of
    its open elements, where a recursive generator would pass each text up through every level."""
    if el.text:
        yield el.text
    # (the children still to read of an open element, the tail to give once they are read)
    stack: list[tuple[Iterator[Element], str | None]] = [(iter(el), None)]
    while stack:
        children, _ = stack[-1]
        for child in children:
            tag = child.tag
            if isinstance(tag, str) and tag not in _NOT_LINE_TEXT:
                if child.text:
                    yield child.text
                if len(child):
                    stack.append((iter(child), child.tail))
                    break
            if child.tail:
                yield child.tail
        else:
            tail = stack.pop()[1]
            if tail:
                yield tail


def _iter_text(el: Element, keep_breaks: bool, skip: frozenset[str] = frozenset()) -> list[str]:
    if len(el) == 0:
        return [el.text or ""]
    parts: list[str] = []
    _collect(el, parts, keep_breaks, skip)
    return parts


def _collect(el: Element, parts: list[str], keep_breaks: bool, skip: frozenset[str]) -> None:
    if el.text:
        parts.append(el.text)
    for child in el:
        tag = child.tag
        if isinstance(tag, str):
            if tag == "br":
                # U+2028 marks a kept break until the final pass turns it into "\n".
                parts.append("\u2028" if keep_breaks else " ")
            elif tag in skip:
                parts.append(" ")
            elif tag in BLOCK_TAGS:
                separator = "\u2028" if keep_breaks else " "
                parts.append(separator)
                _collect(child, parts, keep_breaks, skip)
                parts.append(separator)
            elif tag not in _SKIP_TEXT_OF:
                _collect(child, parts, keep_breaks, skip)
        if child.tail:
            parts.append(child.tail)


def nfc(text: str) -> str:
    """Unicode NFC, so the same text always compares equal."""
    return unicodedata.normalize("NFC", text)


def texts_outside(el: Element, left_out: set[Element]) -> Iterator[str]:
    """The text of ``el``'s subtree, without the subtrees in ``left_out`` (their tails stay)."""
    if el not in left_out:
        yield el.text or ""
        for child in el:
            if isinstance(child.tag, str):
                yield from texts_outside(child, left_out)
            yield child.tail or ""
