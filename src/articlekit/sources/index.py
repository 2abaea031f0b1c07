"""One walk over the tree that finds every element a metadata source reads.

Each source used to query the tree on its own; an XPath with a dozen ``contains()`` tests cost
more than parsing the page. The index walks the tree once, filing elements by what they are, and
the sources read its lists.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from typing import Any

import attrs
from lxml import etree

from ..dom.text import LOOSE_TEXT_TAGS, clean_text
from ..dom.tree import Element, class_and_id
from ..dom.visibility import hides_by_class
from .date_labels import MODIFIED_LABELS, PUBLISHED_LABELS

# Fragments of a class or id that mark an element holding a printed date (read by the dateline
# source), and those of a byline or breadcrumb. Plain substrings of the lower-cased value, so
# the compiled walk can test them on bytes.
DATE_HINT_WORDS = ("date", "datu", "fecha", "tarih", "publish", "posted", "timestamp", "meta", "byline", "info")
BYLINE_HINT_WORDS = ("author", "byline", "breadcrumb")
DATE_HINT = re.compile("|".join(DATE_HINT_WORDS))
# A text's opening, where a date line's label or a byline's is looked for: its first characters
# (a label is a word or two, so a long paragraph is not read to its end), and those a date
# label may take ("last updated" with its colon and a space).
OPENING_CHARS = 40
DATE_LABEL_CHARS = 16
# Words that open a visible date line: the label tables of ``date_labels`` (those written in
# Latin letters and short enough to open a line; a bare "stand" or "update" opens other lines
# too, so they count only with their colon), and two generic ones.
_AMBIGUOUS_OPENINGS = frozenset(
    {"stand", "update", "created", "creado", "criado", "créé", "creato", "geplaatst", "last reviewed", "page updated"}
)


def _openers(labels: list[str]) -> tuple[str, ...]:
    """The labels, without those another one opens ("publié le" opens with "publié")."""
    unique = list(dict.fromkeys(labels))
    return tuple(a for a in unique if not any(b != a and a.startswith(b) for b in unique))


DATE_LABELS = _openers(
    [
        label
        for table in (PUBLISHED_LABELS, MODIFIED_LABELS)
        for group in table.values()
        for label in group
        if label[0].isascii() and len(label) <= DATE_LABEL_CHARS and label not in _AMBIGUOUS_OPENINGS
    ]
    + ["stand:", "datum:", "date:"]
)
# A byline's label set in an element of its own, the names in the next one.
BYLINE_LABELS = frozenset(
    "written by|by|author|authors|posted by|reviewed by|autor|autorin|autoren|von|par|auteur|"
    "por|autor/a|door|av|di|written by:|article by|story by|words by|text by|erstellt von|"
    "geschrieben von|text|escrito por|publié par|scritto da|skrevet av|skrivet av|author(s)|authored by|"
    "contributor|contributors".split("|")
)
MAX_BYLINE_LABEL_CHARS = 14
# The openings of a byline printed as one short line ("Written by Ana Lima", "by: Ziyi Xu"). A
# bare "By" opens other lines too ("By signing up..."): those count only before a bare name.
PRINTED_BYLINE_OPENINGS = (
    "written by", "posted by", "by:", "autor:", "autorin:", "author:", "erstellt von", "geschrieben von",
    "escrito por", "publié par", "scritto da", "post author", "by ",
)
# A bare "By" opens a byline only before a name alone ("By Ana Lima"): ``sources.html`` checks.
BARE_BY_OPENING = "by "
MAX_PRINTED_BYLINE_CHARS = 60
_BYLINE_INITIALS = frozenset(c for label in BYLINE_LABELS for c in (label[0], label[0].upper()))
_BYLINE_HINT = re.compile("|".join(BYLINE_HINT_WORDS))
_ANY_HINT = re.compile(f"{_BYLINE_HINT.pattern}|{DATE_HINT.pattern}")
# Paths of links to an author's page ("/autoren/max-kolter", "/author/jane-doe"), and the
# openings of those path segments, a cheap first test.
_AUTHOR_PATH = re.compile("/(?:author|autor|auteur|journalist|redakteur)")
AUTHOR_PATH_STARTS = ("/au", "/jo", "/re")
_LABEL_INITIALS = frozenset(label[0] for label in DATE_LABELS)
_RAW_TEXT = frozenset({"script", "style"})
_NEVER_DATED = frozenset({"script", "style", "noscript", "template", "option", "button", "head", "meta"})


@attrs.define
class PageIndex:
    """The elements of one page that the metadata sources read, in page order."""

    root: Element
    titles: list[Element] = attrs.Factory(list)
    h1s: list[Element] = attrs.Factory(list)
    times: list[Element] = attrs.Factory(list)
    canonicals: list[Element] = attrs.Factory(list)
    meta_tags: list[tuple[str, str]] = attrs.Factory(list)
    """(lower-cased name/property/itemprop/http-equiv, cleaned content) of every ``<meta>``
    that has both: what the OpenGraph and meta sources read."""
    ld_scripts: list[Element] = attrs.Factory(list)
    rel_authors: list[Element] = attrs.Factory(list)
    author_links: list[Element] = attrs.Factory(list)
    category_links: list[Element] = attrs.Factory(list)
    hinted: list[Element] = attrs.Factory(list)
    itemprops: list[Element] = attrs.Factory(list)
    dated: list[Element] = attrs.Factory(list)
    byline_labels: list[Element] = attrs.Factory(list)
    """Leaf elements that hold only a byline's label ("Written by", "Autor:"): the names are in
    the element after them."""
    printed_bylines: list[Element] = attrs.Factory(list)
    """Elements without a byline's class that print one: a short leaf opening with "By" ("Written
    by Ana Lima"), or the label with the names in its children ("By <a>Ana Lima</a>")."""
    bare_dates: list[Element] = attrs.Factory(list)
    """Elements after the first <h1> whose own text looks like a date ("Nov 21, 2018"; inline
    furniture may follow it: "Dec 26, 2025 <span>•</span> Ana Lima")."""
    date_above_headline: Element | None = None
    """A leaf just above the first <h1>, in the same header block, whose text looks like a
    date ("Dec 12, 2025" over the headline)."""
    styled: list[Element] = attrs.Factory(list)
    """Elements with a ``style`` or ``hidden`` attribute or a hiding class ("d-none"): what the
    body's pruning checks for hidden content (gathered here so the body need not walk the tree for them)."""
    loose_chars: dict[Element, int] = attrs.Factory(dict)
    """The length of the text directly inside an element (not in a child), for the containers
    that hold some (``dom.text.LOOSE_TEXT_TAGS``): the body's measure of loose text. Pruning a
    child keeps its tail in place, so these stay true after the body prunes the tree."""
    json_ld: tuple[int, list[Any]] | None = None
    """The page's JSON-LD documents, parsed once (``sources.jsonld.documents``) for every source
    that reads them, with the script size cap they were read under."""

    @classmethod
    def of(cls, root: Element, json_ld: Sequence[Element] = ()) -> PageIndex:
        """The index of the tree under ``root``; ``json_ld``: JSON-LD scripts already taken out
        of it (``dom.tree.strip_code``), filed before those the walk finds."""
        index = cls(root, ld_scripts=list(json_ld))
        if _compiled_walk is None:
            index._walk()
        else:
            _compiled_walk(index)
        return index

    def _walk(self) -> None:
        # The hot loop of the metadata side: it touches every element, so the common element
        # (no text of its own, no attribute of interest) costs a handful of operations, and
        # nothing is read twice. Pages repeat the same class names on many elements: each
        # value is classified once, and a crawl's pages repeat their site's.
        seen = _CLASSIFIED
        hinted, itemprops, dated_els = self.hinted, self.itemprops, self.dated
        styled, loose_chars = self.styled, self.loose_chars
        tagged = _TAGGED
        after_h1 = False
        last_date_before_h1: Element | None = None
        for el in self.root.iter(etree.Element):
            tag = el.tag
            # A script's or style sheet's text is code (often most of the page's bytes): it is
            # neither loose story text nor a date, so it is not even read.
            text = None if tag in _RAW_TEXT else el.text
            if text:
                if text.isspace():
                    text = None  # the indentation before a child, the common case
                elif tag in LOOSE_TEXT_TAGS:  # the first note: its children's tails come after it
                    loose_chars[el] = len(text.strip())
            tail = el.tail
            if tail and not tail.isspace():
                parent = el.getparent()
                if parent is not None and parent.tag in LOOSE_TEXT_TAGS:
                    loose_chars[parent] = loose_chars.get(parent, 0) + len(tail.strip())
            names = el.keys()  # one call, instead of a lookup per attribute most elements lack
            if tag in tagged:
                tagged[tag](self, el, names)
                if tag == "h1" and not after_h1:
                    after_h1 = True
                    if last_date_before_h1 is not None and _near(last_date_before_h1, el):
                        self.date_above_headline = last_date_before_h1
            dated = False
            if names:
                byline = False
                for name in names:
                    if name == "class" or name == "id":
                        value = el.get(name) or ""
                        kind = seen.get(value)
                        if kind is None:
                            kind = _remember(value)
                        if kind is not _PLAIN:  # most values name nothing the sources read
                            byline = byline or kind[0]
                            dated = dated or kind[1]
                            if kind[2] and name == "class":
                                styled.append(el)
                    elif name == "itemprop":
                        if tag != "meta":
                            itemprops.append(el)
                    elif name == "style" or name == "hidden":
                        styled.append(el)
                if byline:
                    hinted.append(el)
            if text is None and not dated and tag != "time":
                continue
            if tag in _NEVER_DATED:
                continue
            if dated or (tag == "time" and el.get("datetime") is None):
                dated_els.append(el)
                continue
            if text is None:
                continue
            if self._file_text(el, tag, text, after_h1):
                last_date_before_h1 = el

    def _file_text(self, el: Element, tag: str, text: str, after_h1: bool) -> bool:
        """Files an element by its own text: a date line, a bare date, a byline's label or a
        printed byline. Whether it is a bare date printed before the first <h1> (the caller
        keeps the last one)."""
        head = text[:OPENING_CHARS].lstrip()
        if not head:
            return False
        before_h1 = False
        # A date label opens the text ("Stand:"), or a leaf after the headline is a lone date.
        if head[0].lower() in _LABEL_INITIALS and tag != "time" and head[:DATE_LABEL_CHARS].lower().startswith(DATE_LABELS):
            self.dated.append(el)
        elif MIN_BARE_DATE_CHARS <= len(text) <= MAX_BARE_DATE_CHARS and _YEAR.search(text) is not None:
            if after_h1:
                self.bare_dates.append(el)
            else:
                before_h1 = True
        if head[0] in _BYLINE_INITIALS:  # a byline may carry a date too: "by: Ziyi Xu, Dec 17, 2025"
            lowered = head[:MAX_BYLINE_LABEL_CHARS + 1].lower()
            # Measured without the spaces after it: "By" and a run of indentation before its link.
            opening = head.rstrip(" :\t\n\r")
            label = len(opening) <= MAX_BYLINE_LABEL_CHARS and opening.lower() in BYLINE_LABELS
            if len(el) == 0:
                if label:
                    self.byline_labels.append(el)
                elif lowered.startswith(PRINTED_BYLINE_OPENINGS) and len(text) <= MAX_PRINTED_BYLINE_CHARS:
                    self.printed_bylines.append(el)  # "Written by Ana Lima"
            elif label and not (el[0].tail or "").strip():
                self.printed_bylines.append(el)  # "By <a>Ana Lima</a>"
        return before_h1


# Pages of one site repeat its template's class names: a crawl classifies each value once. The
# memo holds only what the pure ``_classify`` gives for its argument, so sharing it is safe; it
# is a plain dict rather than an lru_cache because the walk looks values up in it directly.
CLASSIFY_CACHE_SIZE = 8192
_CLASSIFIED: dict[str, tuple[bool, bool, bool]] = {}


def _remember(value: str) -> tuple[bool, bool, bool]:
    if len(_CLASSIFIED) >= CLASSIFY_CACHE_SIZE:
        _CLASSIFIED.clear()  # a crawl moved on to other sites: start again
    kind = _CLASSIFIED[value] = _classify(value)
    return kind


def _classify(value: str) -> tuple[bool, bool, bool]:
    """Whether a class or id names a byline or breadcrumb, whether it names a date, and
    whether (as a class) it hides its element."""
    hides = hides_by_class(value)
    lowered = value.lower()
    if _ANY_HINT.search(lowered) is None:  # most class names: one search instead of two
        return _HIDING if hides else _PLAIN
    return _BYLINE_HINT.search(lowered) is not None, DATE_HINT.search(lowered) is not None, hides


_PLAIN = (False, False, False)
_HIDING = (False, False, True)


# A leaf's text is a lone date worth a look by the dateline source when it is short and holds
# a four-digit year. "23.07.2025" is the shortest date worth reading; a date with a weekday and time fits in 40.
MIN_BARE_DATE_CHARS = 8
MAX_BARE_DATE_CHARS = 40
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


# A date printed over the headline shares a header block with it: their common ancestor is
# within this many levels of both.
HEADER_BLOCK_LEVELS = 3


def _near(date: Element, h1: Element) -> bool:
    above_h1 = set(itertools.islice(h1.iterancestors(), HEADER_BLOCK_LEVELS))
    return any(a in above_h1 for a in itertools.islice(date.iterancestors(), HEADER_BLOCK_LEVELS))


def _rel(el: Element) -> list[str]:
    return (el.get("rel") or "").lower().split()


# The filers get the element's attribute names: an absent attribute is not looked up.
_Names = Sequence[str | bytes]  # what lxml's keys() is typed to give (str in an HTML tree)


def _file_title(index: PageIndex, el: Element, names: _Names) -> None:
    index.titles.append(el)


def _file_h1(index: PageIndex, el: Element, names: _Names) -> None:
    index.h1s.append(el)


def _file_time(index: PageIndex, el: Element, names: _Names) -> None:
    if "datetime" in names:
        index.times.append(el)


def _file_link(index: PageIndex, el: Element, names: _Names) -> None:
    if "rel" in names and "canonical" in _rel(el) and el.get("href"):
        index.canonicals.append(el)


_META_KEYS = ("property", "name", "itemprop", "http-equiv")


def _file_meta(index: PageIndex, el: Element, names: _Names) -> None:
    if "content" not in names:
        return
    key = None
    for name in _META_KEYS:  # a loop, not next() over a generator: every <meta> passes here
        if name in names:
            key = el.get(name)
            if key:
                break
    content = el.get("content")
    if key and content:
        index.meta_tags.append((key.strip().lower(), clean_text(content)))


def _file_script(index: PageIndex, el: Element, names: _Names) -> None:
    if "type" in names and "ld+json" in (el.get("type") or "").lower():
        index.ld_scripts.append(el)


def _file_anchor(index: PageIndex, el: Element, names: _Names) -> None:
    if "rel" in names:
        rel = _rel(el)
        if "author" in rel:
            index.rel_authors.append(el)
        if "category" in rel:
            index.category_links.append(el)
    if "href" in names:
        href = el.get("href") or ""
        # Most links go nowhere near an author page: a substring test spares them the regex.
        if any(start in href for start in AUTHOR_PATH_STARTS) and _AUTHOR_PATH.search(href):
            index.author_links.append(el)


_TAGGED: dict[str, Callable[[PageIndex, Element, _Names], None]] = {
    "title": _file_title,
    "h1": _file_h1,
    "time": _file_time,
    "link": _file_link,
    "meta": _file_meta,
    "script": _file_script,
    "a": _file_anchor,
}


def names_breadcrumb(el: Element) -> bool:
    """Whether one of ``PageIndex.hinted`` is a breadcrumb (the others are bylines)."""
    return "breadcrumb" in class_and_id(el).lower()


def as_index(page: Element | PageIndex) -> PageIndex:
    """The page's index, built when a source is called on a bare tree."""
    return page if isinstance(page, PageIndex) else PageIndex.of(page)


# The same walk, compiled (``_cwalk.pyx``), where the package was built with a C compiler; it
# imports this module's rules, so it is imported once they are all defined.
_compiled_walk: Callable[[PageIndex], None] | None
try:
    from ._cwalk import walk as _compiled_walk
except ImportError:  # installed without a C compiler: the Python walk above is the walk
    _compiled_walk = None
except TypeError:  # built against another lxml, whose C API has changed: the same fallback
    _compiled_walk = None
