"""Dates as the reader sees them: "Published on 17 December 2025, 14:05 CET".

Pages without machine-readable dates still print them: in a ``<time>`` without a ``datetime``
attribute, in an element whose class says it holds the date ("post-date", "datum", "fecha"),
or in a line that starts with "Published", "Veröffentlicht am", "Publié le"... Only the date
expression itself is reported (so "Jun 8, 2023 • 11 min read" gives "Jun 8, 2023"), as
``published`` or, when the line says so, ``modified``. Relative dates ("vor 3 Stunden",
"2 hours ago") name no calendar day and are never reported.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ..dom.tree import Element, next_element

from ..dom.text import clean_text, short_text
from .candidate import Candidate
from .date_labels import MODIFIED_LABELS, PUBLISHED_LABELS
from .index import DATE_LABELS, PageIndex, as_index, names_breadcrumb

SOURCE = "text"



# A date line is short; longer text is a paragraph or a teaser that mentions a date.
MAX_LINE_CHARS = 120
# Only the first few date lines are read: later ones belong to teasers, comments or the footer.
MAX_LINES = 6

_MONTH_WORD = r"[^\W\d_]{3,}\.?"
_TIME = (
    r"(?:(?:\s*[,|•·–-]\s*|\s+)(?:um\s+|at\s+|à\s+|a\s+las\s+|alle\s+|kl\.?\s+|o\s+|saat\s+)?"
    r"\d{1,2}[:h.]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?(?:\s*(?:uhr|h))?"
    r"(?:\s*\(?(?:(?-i:[A-Z]{2,5})(?![^\W\d_])(?:[+-]\d{1,2})?|[+-]\d{2}:?\d{2})\)?)?)?"
)
_DATE = re.compile(
    r"(?<![\d.])(?:"
    r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|(?:19|20)\d{2}(?:[/]\d{1,2}[/]|\.\s?\d{1,2}\.\s?)\d{1,2}\.?" + _TIME
    + r"|(?:19|20)\d{2}\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]" + _TIME
    + r"|\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)?\d{2}(?![\d.])" + _TIME
    + r"|\d{1,2}/\d{1,2}/(?:19|20)\d{2}" + _TIME
    + r"|\d{1,2}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?" + _MONTH_WORD + r",?\s+(?:de\s+)?(?:19|20)\d{2}" + _TIME
    + r"|" + _MONTH_WORD + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}" + _TIME
    + r")",
    re.IGNORECASE,
)
def _labels_by_first_word() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First word of a label -> (the label's words, its field), longest labels first."""
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for labels, field in ((MODIFIED_LABELS, "modified"), (PUBLISHED_LABELS, "published")):
        for group in labels.values():
            for label in group:
                words = tuple(_WORD.findall(label))
                if words:
                    table.setdefault(words[0], []).append((words, field))
    for entries in table.values():
        entries.sort(key=lambda entry: len(entry[0]), reverse=True)
    return table


# A date label opens a segment of a line: "Updated" (modified) or "Published" (published). The
# labels are the fixed tables of ``date_labels``, matched word by word (a lookup a word, so a
# line costs one pass whatever the tables hold).
_WORD = re.compile(r"[^\W\d_]+")
_LABELS = _labels_by_first_word()
_CJK_LABELS = [
    (label, field)
    for labels, field in ((PUBLISHED_LABELS, "published"), (MODIFIED_LABELS, "modified"))
    for group in labels.values()
    for label in group
    if not label[0].isascii() and "\u3040" <= label[0]
]
# CJK labels are not separated by spaces: each is looked for as it is written.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _labels_in(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, field) of each date label in a line, in order."""
    words = [(m.start(), m.end(), m.group(0).lower()) for m in _WORD.finditer(text)]
    i = 0
    while i < len(words):
        start, end, word = words[i]
        if not word.isascii() and _CJK.match(word):
            yield from _cjk_labels(word, start)
            i += 1
            continue
        for label, field in _LABELS.get(word, ()):
            span = words[i : i + len(label)]
            if len(span) == len(label) and all(w[2] == part for w, part in zip(span, label)):
                yield start, span[-1][1], field
                i += len(label) - 1
                break
        i += 1


def _cjk_labels(run: str, offset: int) -> Iterator[tuple[int, int, str]]:
    found = []
    for label, field in _CJK_LABELS:
        at = run.find(label)
        if at >= 0:
            found.append((offset + at, offset + at + len(label), field))
    # A longer label at the same place wins ("更新时间" over "更新").
    found.sort(key=lambda f: (f[0], f[0] - f[1]))
    last = -1
    for start, end, field in found:
        if start >= last:
            yield start, end, field
            last = end


def candidates(page: Element | PageIndex) -> Iterator[Candidate]:
    """Each printed date once (the first place it is found says how far to believe it)."""
    given: set[tuple[str, str]] = set()
    for candidate in _candidates(as_index(page)):
        key = (candidate.field, str(candidate.value))
        if key not in given:
            given.add(key)
            yield candidate


def _candidates(index: PageIndex) -> Iterator[Candidate]:
    # The date a reader sees first: the one printed with the headline.
    yield from _near_headline(index)
    seen: set[str] = set()
    lines = 0
    # The index lists, in page order, the elements that may hold a date line.
    for el in index.dated:
        if lines >= MAX_LINES:
            return
        if _inside_link(el):
            continue
        text = short_text(el, MAX_LINE_CHARS)
        if not text or text in seen:
            continue
        where = "label" if text.lower().startswith(DATE_LABELS) else "date class"
        found = list(_dates_in_line(text, where))
        if not found and _is_label(text):
            # "Published" in one element, "October 14, 2025" in the next: a label and its value.
            text = f"{text} {_next_text(el)}"
            found = list(_dates_in_line(text, "label"))
        if found:
            seen.add(text)
            lines += 1
            yield from found
    # A byline that carries the date: "By Ana Lima - Mar 27, 2024", "Ana Lima | July 2, 2025".
    bylines = (el for el in index.hinted if not names_breadcrumb(el))
    for el in itertools.islice(bylines, MAX_BYLINE_LINES):
        if _inside_link(el):
            continue
        text = short_text(el, MAX_LINE_CHARS)
        if text and text not in seen:
            found = list(_dates_in_line(text, "byline"))
            if found:
                yield from found
                if any(c.field == "published" for c in found):
                    return
                break
    # A lone date printed under the headline ("Nov 21, 2018"), with no label: the first one only;
    # or else one printed over it.
    lone_dates = [(el, "under headline") for el in index.bare_dates[:MAX_BARE_DATES]]
    if index.date_above_headline is not None:
        # a date over the headline, when none is under it
        lone_dates.append((index.date_above_headline, "over headline"))
    for el, where in lone_dates:
        text = clean_text(el.text or "")
        match = _DATE.match(text) if not _inside_link(el) else None
        if match and (match.end() == len(text) or _READING_TIME_TAIL.fullmatch(text, match.end())):
            yield Candidate("published", _strip(match.group(0)), SOURCE, where)
            return


# A date printed with the headline is within this much text after it (a kicker, a byline, a
# label and the date), or just before it (a date over the headline).
TEXT_AFTER_HEADLINE = 240
TEXT_BEFORE_HEADLINE = 60
# The first few <h1>s are looked at: a page may spend its first on the site's logo.
MAX_HEADLINES = 2


def _near_headline(index: PageIndex) -> Iterator[Candidate]:
    """The dates printed right after an <h1> ("20 December 2025", "By Ana Lima · Mar 5, 2025 |
    Updated Mar 6"), or else right before it (a date over the headline), as one line; and a
    date an element there holds only in an attribute (``data-date``, ``title``)."""
    for h1 in index.h1s[:MAX_HEADLINES]:
        if not clean_text(" ".join(str(t) for t in h1.itertext())):
            continue
        attributes: list[str] = []
        after = _text_after(h1, TEXT_AFTER_HEADLINE, attributes)
        found = list(_dates_in_line(after, "under headline"))
        in_attribute = next((v for v in attributes if _MACHINE_DATE.match(v)), None)
        if found or in_attribute:
            yield from found
            if in_attribute:
                yield Candidate("published", in_attribute, ATTRIBUTE_SOURCE, "attribute")
            return
        before = _text_before(h1, TEXT_BEFORE_HEADLINE)
        match = _DATE.search(before)
        if match and not before[match.end():].strip(" ,|•·–-"):
            yield Candidate("published", _strip(match.group(0)), SOURCE, "over headline")
            return


# Attributes in which a page keeps a machine-readable date beside (or instead of) the printed
# one, read on the elements right after the headline; a value counts when it starts as an ISO
# date ("2023-01-07", "2023-01-07T10:15:00+01:00").
DATE_ATTRIBUTES = (
    "data-date", "data-published", "data-publish-date", "data-published-date", "data-pubdate",
    "data-datetime", "data-time", "data-timestamp", "data-created", "title",
)
ATTRIBUTE_SOURCE = "html"
_MACHINE_DATE = re.compile(r"(?:19|20)\d{2}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")


def _text_after(el: Element, limit: int, attributes: list[str]) -> str:
    """The text that follows ``el`` in the page, up to about ``limit`` characters, on one line;
    the date attributes of the elements it comes from go to ``attributes``."""
    parts: list[str] = []
    size = 0
    for piece in _following_texts(el, attributes):
        parts.append(piece)
        size += len(piece.strip())
        if size >= limit:
            break
    return clean_text(" ".join(parts))[:limit]


def _following_texts(el: Element, attributes: list[str]) -> Iterator[str]:
    node: Element | None = el
    while node is not None:
        if node.tail:
            yield node.tail
        for sibling in node.itersiblings():
            if isinstance(sibling.tag, str) and sibling.tag not in _NO_LINE_TEXT:
                for child in sibling.iter():
                    if not isinstance(child.tag, str) or (child is not sibling and child.tag in _NO_LINE_TEXT):
                        if child.tail:
                            yield child.tail
                        continue
                    if child.tag in _STORY_TAGS and not short_text(child, MAX_LINE_CHARS):
                        return  # the story has begun: a date in it is an event's, not the article's
                    if child.attrib:
                        attributes.extend(str(v).strip() for k, v in child.attrib.items() if k in DATE_ATTRIBUTES)
                    if child.text:
                        yield child.text
                    if child is not sibling and child.tail:
                        yield child.tail
            if sibling.tail:
                yield sibling.tail
        node = node.getparent()


def _text_before(el: Element, limit: int) -> str:
    """The text of the leaf elements just before ``el`` (its previous siblings' and their
    last children's), up to about ``limit`` characters."""
    parts: list[str] = []
    size = 0
    for sibling in el.itersiblings(preceding=True):
        if not isinstance(sibling.tag, str) or sibling.tag in _NO_LINE_TEXT:
            continue
        text = short_text(sibling, limit)
        if not text:
            break
        parts.append(text)
        size += len(text)
        if size >= limit:
            break
    return " ".join(reversed(parts))


# A paragraph longer than a date line is the story's: reading stops there.
_STORY_TAGS = frozenset({"p", "blockquote", "li"})
_NO_LINE_TEXT = frozenset({"script", "style", "noscript", "template", "option", "button", "head", "meta", "svg"})


# "Nov 21, 2018 · 3 min read", "February 4, 2025 - 11 minutes": a lone date with the reading time.
_READING_TIME_TAIL = re.compile(r"\s*[-–—|•·・]?\s*\d{1,3}\s*(?:min(?:ute)?s?|minuten)\.?(?:\s+(?:read|lesezeit))?", re.IGNORECASE)
# Only the first few bylines are read for a date: later ones credit teasers or comments.
MAX_BYLINE_LINES = 3
# Only the first few lone dates after the headline are looked at: later ones date teasers.
MAX_BARE_DATES = 3


# A label on its own ("Published", "Last updated:") is a few words at most.
MAX_LABEL_CHARS = 24


def _is_label(text: str) -> bool:
    return len(text) <= MAX_LABEL_CHARS and text.lower().startswith(DATE_LABELS)


def _next_text(el: Element) -> str:
    sibling = next_element(el)
    return short_text(sibling, MAX_LINE_CHARS) if sibling is not None else ""


def _dates_in_line(text: str, where: str) -> Iterator[Candidate]:
    """The published and modified dates a line names: "Published 3 May 2024 | Updated 4 May",
    "Last updated 4 Jun 2020, originally published 17 Jun 2019". A date goes to the field of
    the label before it; one before any label is the published date. One date a field."""
    if _TWO_DIGITS.search(text) is None:
        return  # every date this reads has a run of two digits at least
    field = "published"
    position = 0
    given: set[str] = set()
    for start, end, label_field in _labels_in(text):
        yield from _first_date(text[position:start], field, where, given)
        field, position = label_field, end
    yield from _first_date(text[position:], field, where, given)


_TWO_DIGITS = re.compile(r"\d\d")


def _first_date(segment: str, field: str, where: str, given: set[str]) -> Iterator[Candidate]:
    if field in given:
        return
    match = _DATE.search(segment)
    if match:
        given.add(field)
        yield Candidate(field, _strip(match.group(0)), SOURCE, where)


def _strip(found: str) -> str:
    return found.strip(" ,|•·–-")


def _inside_link(el: Element) -> bool:
    """Dates inside links date other stories (teasers, related articles)."""
    parent = el.getparent()
    return parent is not None and parent.tag == "a"


