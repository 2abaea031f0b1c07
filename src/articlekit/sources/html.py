"""What the visible HTML says: ``<title>``, ``<h1>``, ``<time>``, bylines, breadcrumbs, labels."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from ..dom.tree import Element, class_and_id, next_element

from ..dom.text import clean_text, element_text, short_text, text_length
from .candidate import Candidate
from ..fields.names import is_particle, split_people
from .index import BARE_BY_OPENING, PageIndex, as_index, names_breadcrumb

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
_BY_NAME = re.compile(r"(?:^|[\d.)]\s*)(?:(?:posted|written)\s+)?(?:by|von|par|por)\s+(?-i:[A-ZÀ-Ý])", re.IGNORECASE)
# A section label is a word or two; longer text near the headline is a dek or a teaser.
MAX_SECTION_CHARS = 40

_NOT_A_BYLINE = re.compile(r"\b(?:bio|avatar|image|img|photo|pic|thumb|follow|more|list)", re.I)


def candidates(page: Element | PageIndex) -> Iterator[Candidate]:
    index = as_index(page)
    root = index.root
    for el in index.titles[:1]:
        yield Candidate("title", element_text(el), SOURCE)
    for el in index.h1s:
        if not _names_the_site(el):
            yield Candidate("h1", headline_text(el), SOURCE)
    yield from _time_candidates(index.times)
    for el in index.canonicals[:1]:
        yield Candidate("canonical_url", (el.get("href") or "").strip(), SOURCE)
    lang = root.get("lang") or root.get("xml:lang")
    if lang:
        yield Candidate("language", lang.strip(), SOURCE)
    yield from _bylines_and_breadcrumbs(index)
    for el in index.category_links[:1]:
        label = element_text(el)
        if 0 < len(label) <= MAX_SECTION_CHARS:
            yield Candidate("section", label, SOURCE)


def _names_the_site(h1: Element) -> bool:
    """Whether an ``<h1>`` is the site's name set as a link to its home page, as blog
    templates set their logo; the story's title is then elsewhere."""
    links = [*h1.iter("a"), *itertools.islice(h1.iterancestors("a"), 1)]
    if len(links) != 1:
        return False
    link = links[0]
    if link is not h1 and link in h1.iterdescendants() and element_text(link) != element_text(h1):
        return False  # a link to home beside other text: the h1 says more than the site's name
    try:
        parts = urlsplit((link.get("href") or "").strip())
    except ValueError:
        return False
    return bool(parts.netloc or parts.path) and parts.path in ("", "/") and not parts.query


# Class words of the kicker set above a headline inside its <h1> ("Eskalation im Nahen Osten"
# over the title): a topic label, not part of the headline.
_KICKER = re.compile(r"overline|kicker|dachzeile|spitzmarke|eyebrow|roofline|supertitle")
# What is left of the <h1> must still look like a headline (a few words), or the kicker stays.
MIN_HEADLINE_CHARS = 10


def headline_text(h1: Element) -> str:
    """The text of an ``<h1>`` without the kicker (overline) or the date (``<time>``) some
    templates set inside it."""
    kickers = [
        el for el in h1.iterdescendants() if el.tag == "time" or _KICKER.search((el.get("class") or "").lower())
    ]
    if not kickers:
        return element_text(h1)
    # A separator between kicker and title is often spoken to screen readers only.
    left_out = set(kickers) | {el for el in h1.iterdescendants() if el.get("aria-hidden") == "true"}
    text = clean_text(" ".join(_texts_outside(h1, left_out))).strip(_SEPARATORS)
    return text if len(text) >= MIN_HEADLINE_CHARS else element_text(h1)


_SEPARATORS = " -–—:|/·•"


def _texts_outside(el: Element, left_out: set[Element]) -> Iterator[str]:
    """The text of ``el``'s subtree, without the subtrees in ``left_out`` (their tails stay)."""
    if el not in left_out:
        yield el.text or ""
        for child in el:
            if isinstance(child.tag, str):
                yield from _texts_outside(child, left_out)
            yield child.tail or ""


# A page with more distinct <time> values than this is a listing or carries teasers: only a
# <time> that says it is the publication or update time is then believed.
MAX_UNMARKED_TIMES = 3
_TIME_MARKS = ("publish", "pubdate", "date", "updat", "modif", "created")


def _time_candidates(times: list[Element]) -> Iterator[Candidate]:
    values = {el.get("datetime") for el in times}
    for el in times:
        marked = el.get("pubdate") is not None or any(
            m in f"{el.get('class') or ''} {el.get('itemprop') or ''} {el.get('id') or ''}".lower()
            for m in _TIME_MARKS
        )
        if marked or len(values) <= MAX_UNMARKED_TIMES:
            yield Candidate(_time_field(el), clean_text(el.get("datetime") or ""), SOURCE)


def _time_field(el: Element) -> str:
    hints = " ".join(
        (el.get("class") or "", el.get("itemprop") or "", el.get("id") or "", el.get("pubdate") or "")
    ).lower()
    if "modif" in hints or "updat" in hints:
        return "modified"
    return "published"


def _bylines_and_breadcrumbs(index: PageIndex) -> Iterator[Candidate]:
    for el in index.hinted:
        if names_breadcrumb(el):
            section = _breadcrumb_section(el)
            if section:
                yield Candidate("section", section, SOURCE)
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
    for el in index.hinted:
        if names_breadcrumb(el) or el.tag in ("img", "meta", "link", "script", "style"):
            continue
        if _NOT_A_BYLINE.search(class_and_id(el)):
            continue
        if text_length(el) > RAW_BYLINE_CHARS:
            continue  # a whole article or bio box named "author-...": not worth reading closely
        if _in_caption(el):
            continue  # a picture's credit ("EFE/ J.J. Guillén"), not the story's byline
        text = byline_text(el)
        yield text, text
    for el in index.byline_labels[:MAX_BYLINES]:
        # "Written by" in one element, "Ana Lima" in the next: read together, as a byline.
        sibling = next_element(el)
        names = element_text(sibling) if sibling is not None else ""
        yield f"{element_text(el)} {names}", names
    printed = [el for el in index.printed_bylines if not _credits_an_item(el)][:MAX_BYLINES]
    bare: list[str] = []  # "By Ana Lima": read after the surer kinds
    for el in printed:
        text = byline_text(el)
        if len(el) or not text.lower().startswith(BARE_BY_OPENING):
            yield text, text
        elif _names_alone(text[len(BARE_BY_OPENING) :]) and not _in_menu(el):
            bare.append(text)
    for el in index.dated[:MAX_DATED_BYLINES]:
        # A date line that names the writer too: "03/01/2017 by Agatha Caleo".
        text = short_text(el, MAX_BYLINE_CHARS)
        if text and _BY_NAME.search(text):
            yield text, text
    for el in index.rel_authors + index.author_links:
        text = element_text(el)
        yield text, text
    if len(bare) == 1:  # several are a menu's filters ("By Industry", "By Event Type")
        yield bare[0], bare[0]
    if _writes_cjk(index):
        yield from _cjk_bylines(index)


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
    for el in index.elements:
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


def byline_text(el: Element) -> str:
    """A byline's text; names set in separate elements with nothing between them are
    comma-joined, since the page separates them by layout alone."""
    text = element_text(el, skip=_NOT_BYLINE_TEXT)
    leaves = [
        element_text(e)
        for e in el.iter()
        if isinstance(e.tag, str) and len(e) == 0 and e is not el and e.tag not in _NOT_BYLINE_TEXT
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


_HOME = frozenset({"home", "homepage", "startseite", "start", "accueil", "inicio", "portada", "news"})


def _breadcrumb_section(el: Element) -> str:
    labels = [element_text(a) for a in el.iter("a")]
    labels = [t for t in labels if 0 < len(t) <= MAX_SECTION_CHARS]
    while labels and labels[0].casefold() in _HOME:
        labels.pop(0)
    return labels[0] if labels else ""
