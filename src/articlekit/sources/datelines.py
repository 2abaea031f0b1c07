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
    r"(?:\s*\(?(?:[A-Z]{2,5}(?:[+-]\d{1,2})?|[+-]\d{2}:?\d{2})\)?)?)?"
)
_DATE = re.compile(
    r"(?<![\d.])(?:"
    r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|(?:19|20)\d{2}[./]\d{1,2}[./]\d{1,2}\.?" + _TIME
    + r"|\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)?\d{2}(?![\d.])" + _TIME
    + r"|\d{1,2}/\d{1,2}/(?:19|20)\d{2}" + _TIME
    + r"|\d{1,2}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?" + _MONTH_WORD + r",?\s+(?:de\s+)?(?:19|20)\d{2}" + _TIME
    + r"|" + _MONTH_WORD + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}" + _TIME
    + r")",
    re.IGNORECASE,
)
# Words after which a line speaks of the last update, not of the publication.
_UPDATE = re.compile(
    r"\b(?:updated?|last updated|modified|aktualisiert|stand|mis à jour|actualizado|actualización|"
    r"aggiornato|bijgewerkt|oppdatert|uppdaterad|zaktualizowano|güncelleme|atualizado)\b",
    re.IGNORECASE,
)


def candidates(page: Element | PageIndex) -> Iterator[Candidate]:
    index = as_index(page)
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
        found = list(_dates_in_line(text))
        if not found and _is_label(text):
            # "Published" in one element, "October 14, 2025" in the next: a label and its value.
            text = f"{text} {_next_text(el)}"
            found = list(_dates_in_line(text))
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
            found = list(_dates_in_line(text))
            if found:
                yield from found
                if any(c.field == "published" for c in found):
                    return
                break
    # A lone date printed under the headline ("Nov 21, 2018"), with no label: the first one only;
    # or else one printed over it.
    lone_dates = index.bare_dates[:MAX_BARE_DATES]
    if index.date_above_headline is not None:
        lone_dates.append(index.date_above_headline)  # a date over the headline, when none is under it
    for el in lone_dates:
        text = clean_text(el.text or "")
        match = _DATE.match(text) if not _inside_link(el) else None
        if match and (match.end() == len(text) or _READING_TIME_TAIL.fullmatch(text, match.end())):
            yield Candidate("published", _strip(match.group(0)), SOURCE)
            return


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


def _dates_in_line(text: str) -> Iterator[Candidate]:
    """The published and modified dates a line names: "Published 3 May 2024 | Updated 4 May"."""
    update = _UPDATE.search(text)
    before, after = (text[: update.start()], text[update.end():]) if update else (text, "")
    match = _DATE.search(before)
    if match:
        yield Candidate("published", _strip(match.group(0)), SOURCE)
    match = _DATE.search(after)
    if match:
        yield Candidate("modified", _strip(match.group(0)), SOURCE)


def _strip(found: str) -> str:
    return found.strip(" ,|•·–-")


def _inside_link(el: Element) -> bool:
    """Dates inside links date other stories (teasers, related articles)."""
    parent = el.getparent()
    return parent is not None and parent.tag == "a"


