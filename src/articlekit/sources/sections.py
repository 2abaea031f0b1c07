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
import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from ..dom.text import clean_text, element_text, text_length
from ..dom.tree import Element
from .candidate import Candidate
from .index import PageIndex, as_index, names_breadcrumb

SOURCE = "html"
BREADCRUMB = "breadcrumb"
CATEGORY_LINK = "category link"
CATEGORY_REL = "category rel"
TRAIL_NAMES = "trail names"
NAV_ACTIVE = "nav active"

# A section is a label of a word or a few; longer text is a headline or a teaser.
MAX_LABEL_CHARS = 40
# A trail longer than this is a menu or a tag list someone classed "breadcrumb", not a trail.
MAX_CRUMBS = 8
# Labels that name what kind of page this is, not a section (folded): a trail's "Article" crumb,
# the "current article" some trails end with.
NOT_SECTION_LABELS = frozenset(
    {
        "article", "articles", "artikel", "story", "stories", "post", "posts", "page", "pages",
        "aktueller artikel", "current article", "current page", "you are here", "sie sind hier",
        "vous êtes ici", "usted está aquí", "du er her", "search", "suche", "menu", "login",
        "sign in", "subscribe", "español", "english", "deutsch", "français",
    }
)
# Openings of a "back to the listing" link, whose rest names the section ("Back to Blog").
BACK_LINK_OPENINGS = ("back to all ", "back to ", "zurück zu ", "zurück zur ", "retour à ", "volver a ")
# Arrows a back link or a crumb's separator sets before its label.
_ARROWS = " <←‹«>→›»/|·"
# Format kickers printed over a headline: what kind of story, not which section files it.
FORMAT_KICKERS = frozenset(
    {
        "live", "liveblog", "live blog", "live ticker", "liveticker", "ticker", "analysis", "analyse",
        "exclusive", "exklusiv", "exclusif", "breaking", "breaking news", "eilmeldung", "premium",
        "plus", "update", "video", "podcast", "interview", "kommentar", "opinion piece", "sponsored",
        "advertorial", "anzeige", "watch", "listen", "explainer", "fact check", "faktencheck",
    }
)

# Labels of a trail's first crumb that name the home page, not a section (folded).
HOME_LABELS = frozenset(
    {
        "home", "homepage", "home page", "main", "main page", "start", "startseite", "accueil",
        "inicio", "portada", "início", "forside", "hjem", "etusivu", "hem", "strona główna",
        "úvod", "kezdőlap", "anasayfa", "ana sayfa", "inizio", "pagina iniziale", "voorpagina",
        "beranda", "trang chủ", "главная", "головна", "ホーム", "首页", "홈",
    }
)
# A word that marks a crumb as the home page wherever it stands in the label ("GT Home",
# "Outsource Services Home").
HOME_WORDS = frozenset({"home", "startseite", "accueil", "homepage"})
# Path segments of a topic or tag page: a trail ending in one has its real section before it.
TOPIC_PATH_SEGMENTS = frozenset(
    """tag tags thema themen topic topics schlagwort schlagworte stichwort keyword keywords
    etiqueta etiquetas tema temas sujet sujets argomento argomenti onderwerp""".split()
)
# Path segments of a section or category page (what a category link above a headline links to).
SECTION_PATH_SEGMENTS = frozenset(
    """category categories categoria categorias categorie catégorie kategorie kategori cat
    section sections sektion rubrik rubriken ressort ressorts rubrique rubriques rubrica
    secciones seccion sezione""".split()
)
# Class words of a category label set with the headline.
CATEGORY_CLASS_WORDS = frozenset(
    """cat cats category categories categoria categorie kategorie kategori rubric rubrik ressort
    rubrique section channel""".split()
)
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


def candidates(page: Element | PageIndex, url: str | None = None) -> Iterator[Candidate]:
    index = as_index(page)
    headline = _headline(index)
    trail = visible_trail(index, headline, url)
    if trail:
        yield Candidate("section", trail, SOURCE, BREADCRUMB)
    for script in index.ld_scripts:
        raw = script.text or ""
        if "BreadcrumbList" in raw:
            for crumbs in _jsonld_trails(raw):
                if len(crumbs) >= 2 and not crumbs[-1][1]:
                    crumbs = crumbs[:-1]  # the story's own crumb, which needs no link
                kept = section_crumbs(crumbs, headline, url)
                if kept:
                    yield Candidate("section", kept, "jsonld", BREADCRUMB)
                # Every name of the trail: the JSON-LD source reports one of them on its own,
                # which the choice leaves out for this fuller reading.
                names = tuple(clean_text(name) for name, _ in crumbs if name.strip())
                yield Candidate("section", names, "jsonld", TRAIL_NAMES)
    label = category_link(index, url)
    if label:
        yield Candidate("section", label, SOURCE, CATEGORY_LINK)
    for el in index.category_links[:1]:
        text = element_text(el)
        if 0 < len(text) <= MAX_LABEL_CHARS:
            yield Candidate("section", text, SOURCE, CATEGORY_REL)
    active = active_nav_item(index.root, url)
    if active:
        yield Candidate("section", active, SOURCE, NAV_ACTIVE)


# Classes a menu gives the item of the page's own section (WordPress marks a post's category
# "current-post-ancestor"/"current-menu-parent"; themes and frameworks "active", "is-active",
# "current", "selected"), and the ARIA attribute that says the same.
ACTIVE_ITEM_CLASSES = frozenset(
    {
        "current-post-ancestor", "current-menu-parent", "current-menu-ancestor", "current-category-ancestor",
        "current_page_parent", "current-menu-item", "current_page_item", "active", "is-active", "current",
        "selected", "is-current", "nav-active", "active-trail",
    }
)
ACTIVE_ATTRIBUTES = ("aria-current",)
# Only the first few navigation blocks are read: the site's main menu comes first.
MAX_NAV_BLOCKS = 3
MAX_NAV_ELEMENTS = 400


def active_nav_item(root: Element, url: str | None) -> str:
    """The label of the highlighted item of the page's main navigation ("Politics" marked
    "active" in ``<nav>``), unless it is the home page's."""
    page_path = _path_segments(url or "")
    for nav in itertools.islice(_nav_blocks(root), MAX_NAV_BLOCKS):
        for el in itertools.islice(nav.iter(), MAX_NAV_ELEMENTS):
            if not isinstance(el.tag, str) or not _is_active(el):
                continue
            link = el if el.tag == "a" else next(el.iter("a"), None)
            if link is None:
                continue
            text = _label(element_text(link))
            href = link.get("href") or ""
            if not text or is_home(text, href) or _fold(text) in NOT_SECTION_LABELS or _fold(text) in FORMAT_KICKERS:
                continue
            if page_path and _path_segments(href) == page_path:
                continue  # the page itself, highlighted in a menu of pages
            if not page_path or _links_section(href, page_path) or "current" in (el.get("class") or ""):
                return text
    return ""


def _nav_blocks(root: Element) -> Iterator[Element]:
    for el in root.iter("nav", "header"):
        if el.tag == "nav" or (el.get("role") or "") == "navigation":
            yield el


def _is_active(el: Element) -> bool:
    if any(el.get(name) in ("page", "true", "location") for name in ACTIVE_ATTRIBUTES):
        return True
    return bool(set((el.get("class") or "").lower().split()) & ACTIVE_ITEM_CLASSES)


def _headline(index: PageIndex) -> str:
    for el in index.h1s:
        text = element_text(el)
        if text:
            return text
    return ""


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _path_segments(href: str) -> list[str]:
    try:
        path = urlsplit(href.strip()).path
    except ValueError:
        return []
    return [s.lower() for s in path.split("/") if s]


def is_home(label: str, href: str) -> bool:
    """Whether a crumb is the home page: its label says so, or it links to the site's root.

    >>> is_home("GT Home", "https://gatech.edu/"), is_home("World", "/world/")
    (True, False)
    """
    folded = _fold(label)
    if folded in HOME_LABELS or not HOME_WORDS.isdisjoint(folded.split()):
        return True
    return bool(href.strip()) and not _path_segments(href) and "?" not in href


def is_topic_page(href: str) -> bool:
    """Whether a link goes to a topic or tag page ("/thema/ukraine", "/tag/gear/")."""
    return not TOPIC_PATH_SEGMENTS.isdisjoint(_path_segments(href))


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
        label = _unback(clean_text(label))
        if label.endswith(":"):
            return ()
        if not label or (labels and label == labels[-1][0]):
            continue
        labels.append((label, href))
    if len(labels) > MAX_CRUMBS:
        return ()
    labels = [(t, h) for t, h in labels if not is_home(t, h)]
    folded_headline = _fold(headline)
    own_path = _path_segments(url or "")
    if labels and (
        (folded_headline and _fold(labels[-1][0]) == folded_headline)
        or (own_path and _path_segments(labels[-1][1]) == own_path)
    ):
        labels.pop()
    labels = [(t, h) for t, h in labels if len(t) <= MAX_LABEL_CHARS and _fold(t) not in NOT_SECTION_LABELS]
    topics = [label for label, href in labels if is_topic_page(href)]
    sections = [label for label, href in labels if not is_topic_page(href)]
    if not sections:
        return tuple(topics)
    return tuple(dict.fromkeys(topics + sections))


def visible_trail(index: PageIndex, headline: str, url: str | None = None) -> tuple[str, ...]:
    """The section crumbs of the page's first breadcrumb trail (a class or id naming it, or
    schema.org microdata), read from its links; a link marked as the current page is the story."""
    container = next((el for el in index.hinted if names_breadcrumb(el)), None)
    if container is None:
        container = _microdata_trail(index)
    if container is None:
        return ()
    crumbs = [
        (element_text(a), a.get("href") or "")
        for a in itertools.islice(container.iter("a"), MAX_CRUMBS + 2)
        if a.get("aria-current") != "page"
    ]
    return section_crumbs(crumbs, headline, url)


def _microdata_trail(index: PageIndex) -> Element | None:
    for el in index.itemprops:
        if (el.get("itemprop") or "").strip() == "itemListElement":
            parent = el.getparent()
            if parent is not None and "BreadcrumbList" in (parent.get("itemtype") or ""):
                return parent
    return None


def _jsonld_trails(raw: str) -> Iterator[list[tuple[str, str]]]:
    text = raw.strip()
    if text.startswith("<!--"):
        text = text[4:].rstrip().removesuffix("-->")
    try:
        data = json.loads(text, strict=False)
    except (ValueError, RecursionError):
        return
    for obj in _breadcrumb_lists(data, 0):
        items = obj.get("itemListElement")
        if isinstance(items, list):
            ordered = sorted((i for i in items if isinstance(i, dict)), key=_position)
            yield [_crumb(item) for item in ordered]


# JSON-LD nested deeper than this is not a breadcrumb list a page means to publish.
MAX_JSONLD_DEPTH = 8


def _breadcrumb_lists(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > MAX_JSONLD_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from _breadcrumb_lists(item, depth + 1)
    elif isinstance(data, dict):
        kind = data.get("@type")
        if kind == "BreadcrumbList" or (isinstance(kind, list) and "BreadcrumbList" in kind):
            yield data
            return
        for key in ("@graph", "breadcrumb", "mainEntity", "mainEntityOfPage"):
            inner = data.get(key)
            if isinstance(inner, (list, dict)):
                yield from _breadcrumb_lists(inner, depth + 1)


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
    """The category label printed above the headline: the nearest short link (or labelled
    element) before the first ``<h1>`` within its header block that is marked as a category
    (``rel="category"``, a category or kicker class) or links to a section page (a category
    path, or a path the story's own URL lies under)."""
    if not index.h1s:
        return ""
    h1 = index.h1s[0]
    page_path = _path_segments(url or "")
    seen = 0
    el: Element | None = h1
    for _ in range(HEADER_LEVELS):
        if el is None:
            break
        sibling = el.getprevious()
        while sibling is not None and seen < MAX_HEADER_ELEMENTS:
            if isinstance(sibling.tag, str):
                found = _label_in(sibling, page_path)
                seen += 1 + len(sibling)
                if found:
                    return found
            sibling = sibling.getprevious()
        el = el.getparent()
    return ""


def _label_in(block: Element, page_path: list[str]) -> str:
    """The category label inside one block above the headline, the one nearest the headline:
    a link marked as a category (or a kicker linking to a section page), a link to a section
    page, or an unlinked element with a category class. A block of many links or much text is
    navigation or a teaser: nothing."""
    links = list(itertools.islice(block.iter("a"), MAX_LABEL_BLOCK_LINKS + 1))
    if len(links) > MAX_LABEL_BLOCK_LINKS or text_length(block) > MAX_LABEL_BLOCK_CHARS:
        return ""
    for a in reversed(links):
        text = _label(element_text(a))
        if not text:
            continue
        href = a.get("href") or ""
        marks = _marks(a, block)
        if _links_section(href, page_path) or (marks & CATEGORY_CLASS_WORDS and not is_topic_page(href)):
            return text
        if "category" in (a.get("rel") or "").lower().split():
            return text
    if not links and _class_words(block) & CATEGORY_CLASS_WORDS:
        return _label(element_text(block))
    return ""


def _unback(text: str) -> str:
    """A label without its arrows, a back link without its "Back to" ("← Back to Blog": "Blog").

    >>> _unback("< Back to all blog page"), _unback("› World")
    ('blog page', 'World')
    """
    text = text.strip(_ARROWS)
    lowered = text.lower()
    for opening in BACK_LINK_OPENINGS:
        if lowered.startswith(opening):
            return text[len(opening):].strip(_ARROWS)
    return text


def _label(text: str) -> str:
    """A category label as printed, or "" for text that is not one (too long, a home link, a
    format kicker, a label ending in a colon)."""
    text = _unback(text)
    if not text or len(text) > MAX_LABEL_CHARS or text.endswith(":") or is_home(text, ""):
        return ""
    folded = _fold(text)
    return "" if folded in FORMAT_KICKERS or folded in NOT_SECTION_LABELS else text


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


def _links_section(href: str, page_path: list[str]) -> bool:
    """Whether a link goes to a section page: a category path, or a shorter path the page's
    own URL lies under ("/news/south-africa/" over "/news/south-africa/2025-...")."""
    segments = _path_segments(href)
    if not segments or is_topic_page(href):
        return False
    if not SECTION_PATH_SEGMENTS.isdisjoint(segments):
        return True
    return len(segments) < len(page_path) and page_path[: len(segments)] == segments
