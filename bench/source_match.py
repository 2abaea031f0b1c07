"""Shared by ``bench/links.py`` and ``bench/figures.py``: read a corpus, parse each page with
lxml on its own (not through articlekit), and find the page element an output block came from.

A block's *source element* is the one ``<p>``, ``<li>``, ``<div>``, ``<td>``, ``<blockquote>``
or ``<h2>``-``<h6>`` whose whitespace-collapsed text (its text nodes in document order, ``<br>`` as a space, comments,
``<script>``, ``<style>`` and ``<template>`` left out) equals the block's whitespace-collapsed
text. Elements nested in one another with the same text (``<div><p>text</p></div>``) are one
source, the outermost of them (it holds every link or picture the inner ones hold). A block with
no such element, or with two that are not nested (the same text twice on the page), is
*unmatched* and left out of the figures; the scripts report how many.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

CORPORA = ("wcxb", "fundus", "scrapinghub")
CANDIDATE_TAGS = frozenset({"p", "li", "div", "td", "blockquote", "h2", "h3", "h4", "h5", "h6"})
SKIPPED_TAGS = frozenset({"script", "style", "template"})
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_URL_NOISE = re.compile(r"[\t\n\r]")


def share(part: int, whole: int) -> str:
    """``part / whole`` to four places, or "-" of nothing."""
    return f"{part / whole:.4f}" if whole else "-"


def collapse(text: str) -> str:
    """The text with every run of whitespace (Unicode's, as ``str.split`` sees it) one space."""
    return " ".join(text.split())


def default_root() -> Path:
    """``../shared/corpus`` beside the repository (the corpus is never copied into it)."""
    return Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def corpus_dirs(argv: list[str]) -> list[tuple[str, Path]]:
    """The corpora to run: the argument is the corpus root (holding wcxb, fundus, scrapinghub)
    or one corpus directory; default ``../shared/corpus``."""
    root = Path(argv[0]) if argv else default_root()
    if (root / "truth.jsonl").exists():
        return [(root.name, root)]
    found = [(name, root / name) for name in CORPORA if (root / name / "truth.jsonl").exists()]
    if not found:
        sys.exit(f"no corpus under {root}")
    return found


def pages(corpus: Path, limit: int | None = None) -> Iterator[tuple[str, str, bytes]]:
    """``(id, url, page bytes)`` for each line of the corpus's truth.jsonl."""
    with open(corpus / "truth.jsonl", encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if limit is not None and n >= limit:
                return
            row = json.loads(line)
            path = corpus / "pages" / f"{row['id']}.html.gz"
            if path.exists():
                yield str(row["id"]), str(row.get("url") or ""), gzip.decompress(path.read_bytes())


def parse(page: bytes) -> etree._Element:
    """The page's tree: UTF-8 when the bytes are valid UTF-8, else the ``<meta>`` charset, else
    windows-1252 (what a browser would fall back to for these pages)."""
    try:
        page.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        found = _META_CHARSET.search(page[:8192])
        encoding = found.group(1).decode("ascii").lower() if found else "cp1252"
        try:
            b"".decode(encoding)
        except LookupError:
            encoding = "cp1252"
    parser = lxml.html.HTMLParser(encoding=encoding, remove_comments=True)
    return lxml.html.document_fromstring(page, parser=parser)


def text_of(element: etree._Element) -> str:
    """The element's whitespace-collapsed text, script/style/template left out."""
    parts: list[str] = []
    _gather(element, parts)
    return collapse("".join(parts))


def _gather(element: etree._Element, parts: list[str]) -> None:
    if isinstance(element.tag, str) and element.tag not in SKIPPED_TAGS:
        if element.tag == "br":
            parts.append(" ")
        if element.text:
            parts.append(element.text)
        for child in element:
            _gather(child, parts)
            if child.tail:
                parts.append(child.tail)


def page_base(tree: etree._Element, url: str) -> str:
    """The address relative links resolve against: the page URL joined with the first
    ``<base href>``, as a browser does."""
    for base in tree.iter("base"):
        href = base.get("href")
        if href and href.strip():
            return urljoin(url, clean_url(href))
    return url


def clean_url(value: str) -> str:
    """An attribute's URL as a browser reads it: outer whitespace stripped, tabs/newlines gone."""
    return _URL_NOISE.sub("", value.strip())


def absolute(value: str, base: str) -> str | None:
    """The http(s) address ``value`` points to from ``base``, or None (javascript:, data:, ...)."""
    value = clean_url(value)
    if not value:
        return None
    try:
        joined = urljoin(base, value)
        scheme = urlsplit(joined).scheme
    except ValueError:
        return None
    if scheme not in ("http", "https"):
        return None
    # urljoin drops an empty query or fragment ("page?", "page#"); a browser keeps both.
    before_hash, hash_mark, _ = value.partition("#")
    address, _, fragment = joined.partition("#")
    if before_hash.endswith("?"):  # the query is empty, whatever the base's was
        address = address.partition("?")[0] + "?"
    if hash_mark and not fragment:
        return address + "#"
    return address + ("#" + fragment if fragment else "")


@dataclass
class SourceIndex:
    """Candidate elements of one page by their collapsed text."""

    by_text: dict[str, list[etree._Element]] = field(default_factory=dict)

    @classmethod
    def build(cls, tree: etree._Element) -> SourceIndex:
        index = cls()
        for element in tree.iter(*CANDIDATE_TAGS):
            if any(ancestor.tag in SKIPPED_TAGS for ancestor in element.iterancestors()):
                continue
            text = text_of(element)
            if text:
                index.by_text.setdefault(text, []).append(element)
        return index

    def find(self, text: str) -> tuple[etree._Element | None, str]:
        """The source element of a block with this text, and why not when None:
        ``"none"`` (no element has the text) or ``"several"`` (two not nested in each other)."""
        found = self.by_text.get(collapse(text))
        if not found:
            return None, "none"
        outer = found[0]  # document order: an ancestor comes before its descendants
        for other in found[1:]:
            if not any(ancestor is outer for ancestor in other.iterancestors()):
                return None, "several"
        return outer, "one"
