"""Text of elements, whitespace normalized the way a browser shows it."""

from __future__ import annotations

import re
import unicodedata

from .tree import Element

_SPACE = re.compile(r"[^\S\n]+")
_AROUND_NEWLINE = re.compile(r" ?\n ?")
_MANY_NEWLINES = re.compile(r"\n{2,}")
# C0/C1 controls other than tab and newline, and lone surrogates, never reach the output.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")

_SKIP_TEXT_OF = frozenset({"script", "style", "noscript", "template", "svg", "math"})
# Elements a browser lays out on their own line: their text never runs into a neighbour's.
BLOCK_TAGS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 "
    "h6 header hr li main nav ol p pre section table tbody td th thead tr ul".split()
)


def clean_text(text: str) -> str:
    """Collapse runs of white space to one space, drop control and zero-width characters."""
    text = _ZERO_WIDTH.sub("", _CONTROL.sub(" ", text))
    return " ".join(text.split())


def element_text(el: Element, skip: frozenset[str] = frozenset()) -> str:
    """All the text under ``el`` on one line, as a reader would see it (``skip``: tags whose
    text is left out)."""
    return clean_text("".join(_iter_text(el, keep_breaks=False, skip=skip)))


def block_text(el: Element) -> str:
    """The text under ``el`` with ``<br>`` kept as line breaks; other white space collapsed."""
    raw = "".join(_iter_text(el, keep_breaks=True))
    raw = _ZERO_WIDTH.sub("", _CONTROL.sub(" ", raw.replace("\r", " ").replace("\t", " ")))
    raw = raw.replace("\n", " ").replace("\x00", "")
    raw = raw.replace("\u2028", "\n")
    raw = _SPACE.sub(" ", raw)
    raw = _AROUND_NEWLINE.sub("\n", raw)
    return _MANY_NEWLINES.sub("\n", raw).strip()


def _iter_text(el: Element, keep_breaks: bool, skip: frozenset[str] = frozenset()) -> list[str]:
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
