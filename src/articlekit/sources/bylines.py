"""The bylines a page prints: byline elements, a label and the names after it, date lines that
name the writer, author links, author boxes, a portrait under the headline, CJK byline lines.

Each is yielded as (byline, the part that names people), the surest first; ``candidates`` keeps
the first few, each once.
"""

from __future__ import annotations

from lxml import etree

import itertools
import re
from collections.abc import Iterator

from ..dom.tree import Element, class_and_id, next_element

from ..dom.text import clean_text, element_text, short_text, text_length, texts_outside
from .candidate import Candidate
from ..fields.names import has_boundary, is_particle, split_people
from .index import BARE_BY_OPENING, PageIndex, names_breadcrumb

SOURCE = "html"

# A byline longer than this is a bio box or a list of stories, not a byline.
MAX_BYLINE_CHARS = 160
# Text this long, counted raw (scripts and dates included), cannot be a byline once cleaned.
RAW_BYLINE_CHARS = 3 * MAX_BYLINE_CHARS
# So many byline-looking elements in one page means a listing: keep the first few only.
MAX_BYLINES = 6
# The first few date lines are read for a writer's name; later ones date teasers.
MAX_DATED_BYLINES = 3
# "By Ana ...", "03/01/2017 by Ana": a byline's label before a capitalised name, opening a date
# line or right after its date ("View all posts by Ana" is a link's label).
_BY_NAME = re.compile(r"(?:^|[\d.)]\s*)(?:(?:posted|written)\s+)?(?:by|von|par|por):?\s+(?-i:[A-ZÀ-Ý])", re.IGNORECASE)
_NOT_A_BYLINE = re.compile(r"\b(?:bio|avatar|image|img|photo|pic|thumb|follow|more|list)", re.I)


def candidates(index: PageIndex) -> Iterator[Candidate]:
    """The printed bylines of the page, the surest first, each once (a byline inside one already
    given is not given again)."""
    seen: list[str] = []
    for text, names in _printed_bylines(index):
        if len(seen) >= MAX_BYLINES:
            return
        if 0 < len(text) <= MAX_BYLINE_CHARS and names and not _inside_seen(names, seen):
            seen.append(text)
            yield Candidate("byline_text", text, SOURCE)


def _printed_bylines(index: PageIndex) -> Iterator[tuple[str, str]]:
    """(byline, the part of it that names people) of each element that prints a byline, the
    surest first: byline containers come first, so "By A and B" wins over the bare link "A"
    inside it. Read lazily: most pages have all they need after the first few."""
    boxes: list[Element] = []  # author boxes (a portrait, the name, a bio): read last
    for el in index.hinted:
        if names_breadcrumb(el) or el.tag in ("img", "meta", "link", "script", "style"):
            continue
        size = text_length(el)
        if _NOT_A_BYLINE.search(class_and_id(el)) or size > RAW_BYLINE_CHARS:
            # A whole article or bio box named "author-...": not worth reading closely.
            if len(boxes) < MAX_AUTHOR_BOXES and _is_author_box(el, size):
                boxes.append(el)
            continue
        if _in_caption(el):
            continue  # a picture's credit ("EFE/ J.J. Guillén"), not the story's byline
        text = byline_text(el)
        if len(text) > MAX_BYLINE_CHARS and len(boxes) < MAX_AUTHOR_BOXES and _is_author_box(el, size):
            boxes.append(el)  # the name with a bio
        yield text, text
    for el in index.byline_labels[:MAX_BYLINES]:
        # "Written by" in one element, "Ana Lima" in the next: read together, as a byline.
        names = _names_after(el)
        yield f"{element_text(el)} {names}", names
    printed = [el for el in index.printed_bylines if not _credits_an_item(el)][:MAX_BYLINES]
    bare: list[str] = []  # "By Ana Lima": read after the surer kinds
    for el in printed:
        text = byline_text(el)
        if len(el) or not text.lower().startswith(BARE_BY_OPENING):
            yield text, text
        elif _names_alone(text[len(BARE_BY_OPENING) :]) and not _in_menu(el):
            bare.append(text)
    for el in _dated_lines(index):
        # A date line that names the writer too: "03/01/2017 by Agatha Caleo".
        text = short_text(el, MAX_BYLINE_CHARS)
        if text and _BY_NAME.search(text):
            yield text, text
    for el in index.rel_authors + index.author_links:
        text = element_text(el)
        yield text, text
    if len(bare) == 1:  # several are a menu's filters ("By Industry", "By Event Type")
        yield bare[0], bare[0]
    for box in boxes:
        name = _boxed_name(box)
        if name:
            yield name, name
    for name in _portraits_under_headline(index):
        yield name, name
    if _writes_cjk(index):
        yield from _cjk_bylines(index)


# Of the date lines after the first few (teasers' dates), those in the headline's block.
MAX_NEAR_DATED = 30
HEADLINE_BLOCK_LEVELS = 2


def _dated_lines(index: PageIndex) -> list[Element]:
    """The date lines read for a writer's name: the first few, and those beside the headline
    further down (a sidebar's teasers may come first in the page)."""
    dated = index.dated[:MAX_DATED_BYLINES]
    later = index.dated[MAX_DATED_BYLINES:MAX_NEAR_DATED]
    if index.h1s and later:
        # In the headline's block: sharing a parent or grandparent with the <h1>.
        above_h1 = set(itertools.islice(index.h1s[0].iterancestors(), HEADLINE_BLOCK_LEVELS))
        dated += [el for el in later if any(a in above_h1 for a in itertools.islice(el.iterancestors(), HEADLINE_BLOCK_LEVELS))]
    return dated


# After a byline's label, the names are in the next element with text: a portrait or an icon
# may come between ("Written by: <picture/> <span>Ana Lima</span>"), and a label alone in its
# box has them in the next box. So many empty elements are passed over, so many boxes climbed.
MAX_SKIPPED_AFTER_LABEL = 2
MAX_LABEL_BOX_LEVELS = 2


def _names_after(label: Element) -> str:
    """The text that a byline's label introduces: its tail ("<b>Author:</b> Ana Lima"), or
    the next element with text, in its box or in the next box when the label is alone."""
    tail = clean_text(label.tail or "")
    if tail:
        return tail
    if label.tag == "a" or _in_menu(label):
        return ""  # a link or a menu's entry ("Autoren", "Contributors" in the site's menu)
    el = label
    for _ in range(MAX_LABEL_BOX_LEVELS + 1):
        sibling = next_element(el)
        for _ in range(MAX_SKIPPED_AFTER_LABEL + 1):
            if sibling is None:
                break
            if text_length(sibling) > RAW_BYLINE_CHARS:
                return ""  # the story or a listing follows: no names here
            text = byline_text(sibling)
            if text:
                return text
            sibling = next_element(sibling)
        else:
            return ""
        parent = el.getparent()
        if parent is None or len(parent) > 1 or clean_text((parent.text or "") + (el.tail or "")):
            return ""  # the label shares its box with other things: what follows is not the names
        el = parent
    return ""


# Class words of an author box: a portrait, the writer's name and a bio, often after the story.
_AUTHOR_BOX = re.compile(r"author", re.I)
MAX_AUTHOR_BOXES = 3
# The elements of a box looked at for the name (the portrait and name open it; the bio follows).
MAX_BOX_ELEMENTS = 30
_NAME_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6", "strong", "b"})
MAX_BOXED_NAME_WORDS = 4


def _is_author_box(el: Element, size: int) -> bool:
    """Whether a byline-hinted element (with ``size`` characters of text) is an author box:
    its classes name the author, and it holds a bio at most (not the story, whose classes may
    name its author too)."""
    return (
        0 < size <= MAX_AUTHOR_BOX_CHARS
        and el.tag not in _NOT_BOXES
        and _AUTHOR_BOX.search(class_and_id(el)) is not None
        and not _in_caption(el)
    )


_NOT_BOXES = frozenset({"article", "main", "body", "html", "img", "meta", "link", "script", "style"})
MAX_AUTHOR_BOX_CHARS = 1500


def _boxed_name(box: Element) -> str:
    """The writer's name in an author box: the alt text of its portrait when the box prints it
    too (<img alt="Ana Lima"> beside "Ana Lima"), or else the heading that opens it."""
    leaves: list[Element] = []
    alts: list[str] = []
    for el in itertools.islice(box.iter(), MAX_BOX_ELEMENTS):
        if not isinstance(el.tag, str):
            continue
        if el.tag == "img":
            alt = clean_text(el.get("alt") or "")
            if alt:
                alts.append(alt)
        elif len(el) == 0 or el.tag in _NAME_HEADINGS:
            leaves.append(el)
    texts = [element_text(el) for el in leaves]
    for alt in alts:
        for text in texts:
            # "Ana Lima" printed beside a portrait whose alt is "Ana Lima" or "Ana Lima, Writer".
            if text and (alt == text or alt.startswith(f"{text},")) and _looks_like_name(text):
                return text
    heading = next((t for el, t in zip(leaves, texts) if el.tag in _NAME_HEADINGS and t), "")
    return heading if _looks_like_name(heading) else ""


# The blocks after the headline that may hold its byline line, and the elements read in each.
MAX_HEADLINE_FOLLOWERS = 2
MAX_LINE_ELEMENTS = 40


def _portraits_under_headline(index: PageIndex) -> Iterator[str]:
    """Names printed under the headline beside a portrait whose alt text is the name
    ("2025-12-17 · <a><img alt="Ana Lima"><span>Ana Lima</span></a>")."""
    if not index.h1s:
        return
    h1 = index.h1s[0]
    followers = list(itertools.islice(h1.itersiblings(), MAX_HEADLINE_FOLLOWERS))
    parent = h1.getparent()
    if not followers and parent is not None:
        followers = list(itertools.islice(parent.itersiblings(), MAX_HEADLINE_FOLLOWERS))
    for block in followers:
        # A byline line is short: its first elements hold the portrait, if it has one.
        for img in itertools.islice(block.iter(), MAX_LINE_ELEMENTS):
            if img.tag != "img":
                continue
            alt = clean_text(img.get("alt") or "")
            beside = next_element(img) if alt else None
            if beside is not None and short_text(beside, MAX_BYLINE_CHARS) == alt and _looks_like_name(alt):
                yield alt
                return


def _looks_like_name(text: str) -> bool:
    """A short text of capitalised words and nothing else: "Ana Lima", "A. J. Neal"."""
    return 0 < len(text.split()) <= MAX_BOXED_NAME_WORDS and _names_alone(text) and not has_boundary(text)


# Headings under which a byline-like line credits a listed item ("<h3>Module</h3><p>Author:
# Ana Lima</p>"), not the story: the story's byline sits by its headline.
_ITEM_HEADINGS = frozenset({"h3", "h4", "h5", "h6"})
# "By Ana Lima": a bare "By" opens a byline only before this many capitalised words, alone.
MAX_BARE_NAME_WORDS = 4


def _credits_an_item(el: Element) -> bool:
    """Whether a printed byline line comes right after a low-level heading, as the credit of
    an item in a list (a release's modules, a roundup's entries)."""
    before = el.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    return before is not None and before.tag in _ITEM_HEADINGS


_MENU_TAGS = frozenset({"nav", "li", "button", "option", "label", "select"})


def _in_menu(el: Element) -> bool:
    """Whether an element is (or sits in) a menu's entry, a few levels up at most."""
    return el.tag in _MENU_TAGS or any(a.tag in _MENU_TAGS for a in itertools.islice(el.iterancestors(), MAX_CAPTION_DEPTH))


def _names_alone(text: str) -> bool:
    """Whether a text after a bare "By" is a name or two and nothing else ("Ana Lima", "Ana
    Lima and Tom Berg"), not the rest of a sentence ("By signing up, you agree...") or a menu."""
    words = [w for w in split_people(text) for w in w.split()]
    if not words or len(words) > 2 * MAX_BARE_NAME_WORDS or any(c in text for c in ":!?") or text.isupper():
        return False  # upper case throughout: a menu's heading ("BY USE CASE"), as often as a name
    return all(w[:1].isupper() or is_particle(w) for w in words)


# Ancestors looked at for a caption around a byline-like element.
MAX_CAPTION_DEPTH = 4


def _in_caption(el: Element) -> bool:
    """Whether an element sits in a picture's caption or credit."""
    for depth, ancestor in enumerate(el.iterancestors()):
        if depth >= MAX_CAPTION_DEPTH:
            break
        if ancestor.tag in ("figcaption", "figure"):
            return True
    return False


def _writes_cjk(index: PageIndex) -> bool:
    """Whether the page is in Chinese or Japanese: by its language, or else by its title."""
    lang = (index.root.get("lang") or "").lower()
    if lang:
        return lang.startswith(("zh", "ja"))
    title = element_text(index.titles[0]) if index.titles else ""
    return any("\u4e00" <= c <= "\u9fff" for c in title[:MAX_CJK_BYLINE_CHARS])


# A CJK line that names the writer or editor: "作者：张三", "（责编：牛镛、岳弘彬）".
_CJK_BYLINE_OPENINGS = ("作者：", "作者:", "记者：", "记者 ", "記者：", "责编：", "责任编辑：", "責任編輯：", "文/", "文：")
MAX_CJK_BYLINE_CHARS = 40


def _cjk_bylines(index: PageIndex) -> Iterator[tuple[str, str]]:
    """Bylines of pages written in Chinese or Japanese, found by their label at a short text's
    opening (the labels are not ASCII, so the walk that files bylines does not see them)."""
    found = 0
    for el in index.root.iter(etree.Element):
        text = el.text
        if not text or len(text) > MAX_CJK_BYLINE_CHARS or not isinstance(el.tag, str):
            continue
        head = text.lstrip(" \t\r\n(（[【")
        if head.startswith(_CJK_BYLINE_OPENINGS):
            line = head.rstrip(" )）]】")
            yield line, line
            found += 1
            if found >= MAX_BYLINES:
                return


# Inside a byline, these carry the date or a portrait, never a name.
_NOT_BYLINE_TEXT = frozenset({"time", "img", "svg", "script", "style"})


# Inside a byline, an inline element whose class ends so holds the writer's bio or job, never a
# name ("author-bio"; not "bio-link", a name that opens the bio). A name may be set in a
# <button> (a tooltip's trigger), but a link styled as a button is a call to action ("View in
# digital edition").
_NOT_NAME_CLASS = re.compile(r"(?:^|[\s_-])(?:bio|job|jobtitle|position)(?:$|\s)", re.I)
_BUTTON_CLASS = re.compile(r"(?:^|\s)btn(?:$|\s)")


# Only an inline element is left out so: a paragraph of bio is the byline box's own text, and
# what is left of it once it is cut is not a byline either.
_INLINE_TAGS = frozenset({"span", "a", "b", "strong", "i", "em", "small"})


def byline_text(el: Element) -> str:
    """A byline's text; names set in separate elements with nothing between them are
    comma-joined, since the page separates them by layout alone. A bio, a job title or a
    button set in an element of its own is left out."""
    left_out = {
        e
        for e in el.iterdescendants()
        if (e.tag in _INLINE_TAGS and _NOT_NAME_CLASS.search(e.get("class") or ""))
        or (e.tag == "a" and _BUTTON_CLASS.search(e.get("class") or ""))
    }
    if left_out:
        left_out |= {d for e in list(left_out) for d in e.iterdescendants()}
        left_out |= {e for e in el.iterdescendants() if e.tag in _NOT_BYLINE_TEXT}
        text = clean_text(" ".join(texts_outside(el, left_out)))
    else:
        text = element_text(el, skip=_NOT_BYLINE_TEXT)
    leaves = [
        element_text(e)
        for e in el.iter()
        if isinstance(e.tag, str) and len(e) == 0 and e is not el and e.tag not in _NOT_BYLINE_TEXT and e not in left_out
    ]
    leaves = [t for t in leaves if t]
    if len(leaves) >= 2:
        if " ".join(leaves) == text or "".join(leaves) == text:
            return ", ".join(leaves)
        label = clean_text(el.text or "")  # "Written by:" before the names
        if label and f"{label} {' '.join(leaves)}" == text:
            return f"{label} {', '.join(leaves)}"
    return text


def _inside_seen(text: str, seen: list[str]) -> bool:
    return any(text in s or s in text for s in seen)
