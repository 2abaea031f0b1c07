"""Visible section evidence: the breadcrumb trail, the category link printed with the headline.

A reader learns which section files a story from the trail above it ("Home > World > Europe",
visible, in microdata or in a JSON-LD ``BreadcrumbList``) or from the category label set with
the headline (WordPress's "World" link over the ``<h1>``, a news site's kicker linking to its
section page). Each candidate says in ``where`` which kind of evidence it is, so that
``fields.section.choose_section`` can weigh them against the declared ``articleSection``.

A trail is reported whole (a tuple of its category crumbs, the home page and the story itself
left out, a topic page's crumb behind the real sections): its last crumb is the section.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterator
from typing import Any

from ..dom.text import clean_text, element_text, visible_text
from ..dom.tree import Element
from . import jsonld
from .candidate import Candidate
from .index import PageIndex, as_index, names_breadcrumb
from .section_labels import (
    MAX_LABEL_CHARS,
    NOT_SECTION_LABELS,
    SECTION_PATH_SEGMENTS,
    fold,
    is_home,
    is_topic_page,
    label_of,
    links_section,
    path_segments,
    unback,
)
from .section_nav import aria_trail, nav_readings

SOURCE = "html"
BREADCRUMB = "breadcrumb"
CATEGORY_LINK = "category link"
CATEGORY_REL = "category rel"
TRAIL_NAMES = "trail names"
NAV_ACTIVE = "nav active"
SECTION_PAGE_LINK = "section page link"
KICKER = "kicker"

# A trail longer than this is a menu or a tag list someone classed "breadcrumb", not a trail.
MAX_CRUMBS = 8
# Class words of a category label set with the headline (design systems call it the headline's
# "kicker", "eyebrow" or "overline").
CATEGORY_CLASS_WORDS = frozenset(
    """cat cats category categories categoria categorie kategorie kategori rubric rubrik ressort
    rubrique section channel kicker eyebrow overline""".split()
)
KICKER_CLASS_WORDS = frozenset({"kicker", "eyebrow", "overline"})
# Below the headline, where the byline and the date sit in "author-section"s and the body in a
# "section", only the words that name a category mark one.
BELOW_CLASS_WORDS = CATEGORY_CLASS_WORDS - {"section", "channel", "kicker", "eyebrow", "overline"}
# A block above the headline that holds more links or text than this is navigation or a
# teaser, not the headline's label line.
MAX_LABEL_BLOCK_LINKS = 4
MAX_LABEL_BLOCK_CHARS = 200
# The headline's surroundings searched for its category link: the <h1>'s ancestors up to this
# many levels, and only what comes before the <h1> within them.
HEADER_LEVELS = 3
# At most this many elements are looked at above the headline (a header block is small; a
# page that sets its whole navigation beside the <h1> is not read to its end).
MAX_HEADER_ELEMENTS = 80

_WORDS = re.compile(r"[^a-z0-9]+")


def candidates(
    page: Element | PageIndex, url: str | None = None, max_jsonld_chars: int = jsonld.MAX_SCRIPT_CHARS
) -> Iterator[Candidate]:
    index = as_index(page)
    headline = _headline(index)
    trail = visible_trail(index, headline, url)
    if trail:
        yield Candidate("section", trail, SOURCE, BREADCRUMB)
    if any("BreadcrumbList" in (script.text or "") for script in index.ld_scripts):
        for crumbs in _jsonld_trails(jsonld.documents(index, max_jsonld_chars)):
            if len(crumbs) >= 2 and not crumbs[-1][1]:
                crumbs = crumbs[:-1]  # the story's own crumb, which needs no link
            kept = section_crumbs(crumbs, headline, url)
            if kept:
                yield Candidate("section", kept, "jsonld", BREADCRUMB)
            # Every name of the trail: the JSON-LD source reports one of them on its own,
            # which the choice leaves out for this fuller reading.
            names = tuple(clean_text(name) for name, _ in crumbs if name.strip())
            yield Candidate("section", names, "jsonld", TRAIL_NAMES)
    label, kicker = _header_labels(index, url)
    if label:
        yield Candidate("section", label, SOURCE, CATEGORY_LINK)
    if kicker:
        yield Candidate("section", kicker, SOURCE, KICKER)
    for el in index.category_links[:1]:
        text = element_text(el)
        if 0 < len(text) <= MAX_LABEL_CHARS:
            yield Candidate("section", text, SOURCE, CATEGORY_REL)
    if _names_a_section(trail, label, index) or _declares_section(index):
        return  # the navigation is weaker evidence than what the page already gave
    active, section_link = nav_readings(index.root, url)
    if active:
        yield Candidate("section", active, SOURCE, NAV_ACTIVE)
    if section_link:
        yield Candidate("section", section_link, SOURCE, SECTION_PAGE_LINK)


# The metadata that declares a section (read by the JSON-LD, OpenGraph and meta sources).
DECLARING_META = frozenset({"article:section", "parsely-section", "section", "article.section", "og:article:section"})
# A JSON-LD articleSection that is a label (not a URL, not a sentence), found in the script's
# text without parsing it again.
_DECLARED_JSONLD = re.compile(r'"articleSection"\s*:\s*\[?\s*"(?!https?:)([^"\\]{1,40})"')


# Meta names that give the site's own name: a label that is only the site's name is no section.
SITE_NAME_META = frozenset({"og:site_name", "application-name", "apple-mobile-web-app-title"})


def _names_a_section(trail: tuple[str, ...], label: str, index: PageIndex) -> bool:
    """Whether the trail or the category label names something other than the site itself."""
    sites = {fold(value) for key, value in index.meta_tags if key in SITE_NAME_META}
    return any(value and fold(value) not in sites for value in (*trail, label))


def _declares_section(index: PageIndex) -> bool:
    """Whether the page declares its section in metadata (then the menu is not read)."""
    if any(key in DECLARING_META and value for key, value in index.meta_tags):
        return True
    return any(_DECLARED_JSONLD.search(script.text or "") for script in index.ld_scripts)


def _headline(index: PageIndex) -> str:
    for el in index.h1s:
        text = element_text(el)
        if text:
            return text
    return ""


def section_crumbs(crumbs: list[tuple[str, str]], headline: str, url: str | None = None) -> tuple[str, ...]:
    """The category crumbs of a trail of (label, href): without the home page (and the site's
    root), the story itself (its headline, a link to the page's own URL), labels too long to be
    sections and those naming a kind of page ("Article"); a topic page's crumb goes behind the
    real sections (the last crumb is taken as the section). A "trail" longer than a trail gets,
    or one whose label ends with a colon ("Themen:"), is a list of tags: nothing.

    >>> section_crumbs([("Home", "/"), ("World", "/world/"), ("Europe", "/world/europe/"),
    ...                 ("Ukraine", "/tag/ukraine/"), ("Talks resume", "")], "Talks resume")
    ('Ukraine', 'World', 'Europe')
    """
    labels: list[tuple[str, str]] = []
    for label, href in crumbs:
        label = unback(clean_text(label))
        if label.endswith(":"):
            return ()
        if not label or (labels and label == labels[-1][0]):
            continue
        labels.append((label, href))
    if len(labels) > MAX_CRUMBS:
        return ()
    labels = [(t, h) for t, h in labels if not is_home(t, h)]
    folded_headline = fold(headline)
    own_path = path_segments(url or "")
    if labels and (
        (folded_headline and fold(labels[-1][0]) == folded_headline)
        or (own_path and path_segments(labels[-1][1]) == own_path)
    ):
        labels.pop()
    labels = [(t, h) for t, h in labels if len(t) <= MAX_LABEL_CHARS and fold(t) not in NOT_SECTION_LABELS]
    topics = [label for label, href in labels if is_topic_page(href)]
    sections = [label for label, href in labels if not is_topic_page(href)]
    if not sections:
        return tuple(topics)
    return tuple(dict.fromkeys(topics + sections))


# At most this many breadcrumb containers are read (a page may carry a mobile and a desktop
# trail, or a bare "Back to Blog" link classed as one before the full trail).
MAX_TRAILS = 3


def visible_trail(index: PageIndex, headline: str, url: str | None = None) -> tuple[str, ...]:
    """The section crumbs of the page's breadcrumb trail (a class, id or ARIA label naming it,
    or schema.org microdata), read from its links; a link marked as the current page is the
    story. Of the first few trails, the first of two crumbs or more is the fullest reading; else
    the first that names one (a lone "Back to Blog" link)."""
    containers = [el for el in index.hinted if names_breadcrumb(el)][:MAX_TRAILS]
    if not containers:
        found = _microdata_trail(index)
        if found is None:
            found = aria_trail(index.root)
        containers = [found] if found is not None else []
    first: tuple[str, ...] = ()
    for container in containers:
        crumbs = [
            (element_text(a), a.get("href") or "")
            for a in itertools.islice(container.iter("a"), MAX_CRUMBS + 2)
            if a.get("aria-current") != "page"
        ]
        kept = section_crumbs(crumbs, headline, url)
        if len(kept) >= 2:
            return kept
        first = first or kept
    return first


def _microdata_trail(index: PageIndex) -> Element | None:
    for el in index.itemprops:
        if (el.get("itemprop") or "").strip() == "itemListElement":
            parent = el.getparent()
            if parent is not None and "BreadcrumbList" in (parent.get("itemtype") or ""):
                return parent
    return None


def _jsonld_trails(documents: list[Any]) -> Iterator[list[tuple[str, str]]]:
    """The crumbs of every JSON-LD ``BreadcrumbList`` of the page, in their positions' order."""
    for data in documents:
        for obj in filter(_is_breadcrumb_list, jsonld.typed_objects(data, BREADCRUMB_KEYS)):
            items = obj.get("itemListElement")
            if isinstance(items, list):
                ordered = sorted((i for i in items if isinstance(i, dict)), key=_position)
                yield [_crumb(item) for item in ordered]


# Where a page's JSON-LD puts its breadcrumb lists: beside the story, or under its web page.
BREADCRUMB_KEYS = ("@graph", "breadcrumb", "mainEntity", "mainEntityOfPage")


def _is_breadcrumb_list(obj: dict[str, Any]) -> bool:
    kind = obj.get("@type")
    return kind == "BreadcrumbList" or (isinstance(kind, list) and "BreadcrumbList" in kind)


def _position(item: dict[str, Any]) -> float:
    position = item.get("position")
    if isinstance(position, str) and position.strip().isdigit():
        return int(position)
    return position if isinstance(position, (int, float)) and not isinstance(position, bool) else 0


def _crumb(item: dict[str, Any]) -> tuple[str, str]:
    name, inner = item.get("name"), item.get("item")
    href = ""
    if isinstance(inner, dict):
        name = name or inner.get("name")
        href = inner.get("@id") or inner.get("url") or ""
    elif isinstance(inner, str):
        href = inner
    label = name if isinstance(name, str) else ""
    if "&" in label:
        label = html.unescape(label)
    return label, (href if isinstance(href, str) else "")


def category_link(index: PageIndex, url: str | None) -> str:
    """The category label printed with the headline: the nearest short link (or labelled
    element) before the first ``<h1>`` within its header block that is marked as a category
    (``rel="category"``, a category or kicker class) or links to a section page (a category
    path, or a path the story's own URL lies under); else a link marked as a category in the
    meta line below it."""
    return _header_labels(index, url)[0]


def headline_kicker(index: PageIndex, url: str | None) -> str:
    """The unlinked kicker over the headline (see ``_unlinked_kicker``)."""
    return _header_labels(index, url)[1]


def _header_labels(index: PageIndex, url: str | None) -> tuple[str, str]:
    """(the category link, the nearest unlinked kicker above the headline)."""
    if not index.h1s:
        return "", ""
    h1 = index.h1s[0]
    page_path = path_segments(url or "")
    seen = 0
    kicker = ""
    el: Element | None = h1
    for _ in range(HEADER_LEVELS):
        if el is None:
            break
        sibling = el.getprevious()
        while sibling is not None and seen < MAX_HEADER_ELEMENTS:
            if isinstance(sibling.tag, str):
                found = _label_in(sibling, page_path)
                if found:
                    return found, kicker
                kicker = kicker or _unlinked_kicker(sibling)
                seen += 1 + len(sibling)
            sibling = sibling.getprevious()
        el = el.getparent()
    return _label_below(h1), kicker


def _label_below(h1: Element) -> str:
    """The category link printed just below the headline, in its meta line ("by Ana Lima |
    <a href="/category/seo/">SEO</a> | 8 min read"): there only a link marked as a category (a
    category path, ``rel="category"``, a category class) counts, the first one."""
    seen = 0
    el: Element | None = h1
    for _ in range(HEADER_LEVELS):
        if el is None:
            break
        sibling = el.getnext()
        while sibling is not None and seen < MAX_HEADER_ELEMENTS:
            if isinstance(sibling.tag, str):
                if _longer_than(sibling, MAX_LABEL_BLOCK_CHARS):
                    return ""  # the story's text begins: the meta line is above it
                found = _marked_label_in(sibling)
                seen += 1 + len(sibling)
                if found:
                    return found
            sibling = sibling.getnext()
        el = el.getparent()
    return ""


def _marked_label_in(block: Element) -> str:
    links = list(itertools.islice(block.iter("a"), MAX_LABEL_BLOCK_LINKS + 1))
    if len(links) > MAX_LABEL_BLOCK_LINKS or _longer_than(block, MAX_LABEL_BLOCK_CHARS):
        return ""
    for a in links:
        href = a.get("href") or ""
        if is_topic_page(href):
            continue
        marked = (
            not SECTION_PATH_SEGMENTS.isdisjoint(path_segments(href))
            or "category" in (a.get("rel") or "").lower().split()
            or bool(_marks(a, block) & BELOW_CLASS_WORDS)
        )
        text = label_of(element_text(a)) if marked else ""
        if text:
            return text
    return ""


def _label_in(block: Element, page_path: list[str]) -> str:
    """The category label inside one block above the headline, the one nearest the headline:
    a link marked as a category (or a kicker linking to a section page), a link to a section
    page, or an unlinked element with a category class. A block of many links or much text is
    navigation or a teaser: nothing."""
    links = list(itertools.islice(block.iter("a"), MAX_LABEL_BLOCK_LINKS + 1))
    if len(links) > MAX_LABEL_BLOCK_LINKS or _longer_than(block, MAX_LABEL_BLOCK_CHARS):
        return ""
    nested = _nested_trail(links, page_path)
    if nested:
        return nested
    for a in reversed(links):
        text = label_of(element_text(a))
        if not text:
            continue
        href = a.get("href") or ""
        marks = _marks(a, block)
        if links_section(href, page_path) or (marks & CATEGORY_CLASS_WORDS and not is_topic_page(href)):
            return text
        if "category" in (a.get("rel") or "").lower().split():
            return text
    if not links and _class_words(block) & (CATEGORY_CLASS_WORDS - KICKER_CLASS_WORDS):
        return label_of(element_text(block))
    return ""


def _unlinked_kicker(block: Element) -> str:
    """An unlinked label over the headline classed only as its "kicker" (or "eyebrow",
    "overline"): on a blog the category, on a news site as often the story's topic or person,
    so weaker evidence than a category link."""
    if len(block) > 2 or _longer_than(block, MAX_LABEL_CHARS) or next(block.iter("a"), None) is not None:
        return ""
    return label_of(element_text(block)) if _class_words(block) & KICKER_CLASS_WORDS else ""


def _nested_trail(links: list[Element], page_path: list[str]) -> str:
    """The deepest of links whose paths nest ("/living-healthy", then "/living-healthy/wellness"):
    a trail of sections in a block no class names one.

    >>> from lxml.html import fragment_fromstring
    >>> block = fragment_fromstring('<div><a href="/living">Living</a> / <a href="/living/wellness">Wellness</a></div>')
    >>> _nested_trail(list(block.iter("a")), [])
    'Wellness'
    """
    paths = [path_segments(a.get("href") or "") for a in links]
    for i in range(len(links) - 1, 0, -1):
        deeper = paths[i]
        if deeper == page_path:
            continue  # the story itself, ending the trail
        if any(0 < len(p) < len(deeper) and deeper[: len(p)] == p for p in paths[:i]):
            text = label_of(element_text(links[i]))
            if text and not is_topic_page(links[i].get("href") or ""):
                return text
    return ""


def _class_words(el: Element) -> set[str]:
    value = (el.get("class") or "").lower()
    return {w for w in _WORDS.split(value) if w} if value else set()


def _marks(a: Element, block: Element) -> set[str]:
    """The class words of a link and its ancestors up to the block."""
    words: set[str] = set()
    el: Element | None = a
    while el is not None:
        words |= _class_words(el)
        if el is block:
            break
        el = el.getparent()
    return words


def _longer_than(el: Element, limit: int) -> bool:
    """Whether the element's visible text is longer than ``limit``, read only as far as needed
    (a sibling of the headline may hold the whole story). Exact for short text: the text is
    measured as ``visible_text`` measures it once the raw text is short enough to hold it."""
    raw = 0
    for piece in el.itertext():
        raw += len(piece)
        if raw > 4 * limit + 64:
            return True  # far past the limit even with white space collapsed
    return len(visible_text(el)) > limit
