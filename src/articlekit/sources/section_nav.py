"""Section evidence in the page's navigation: the highlighted item of the main menu, the
menu's link to the section page the URL files the story under, an ARIA-labelled trail."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from ..dom.text import element_text
from ..dom.tree import Element
from .section_labels import FORMAT_KICKERS, NOT_SECTION_LABELS, fold, is_home, label_of, links_section, path_segments

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
# BEM modifiers that say the same of an item ("o-mega-menu__link--current", "nav__item--active").
ACTIVE_MODIFIERS = ("--current", "--active", "_active", "-current-page")
# Only the first few navigation blocks are read: the site's main menu comes first.
MAX_NAV_BLOCKS = 4
# At most this many <nav> elements are looked at for a trail's ARIA label.
MAX_NAV_SCAN = 12
MAX_NAV_ELEMENTS = 400
# A menu's active item is among its first items (a mega menu's thousand sub-items come after).
MAX_ACTIVE_SCAN = 160


def nav_readings(root: Element, url: str | None) -> tuple[str, str]:
    """What the page's main navigation says of the section: the label of its highlighted item
    ("Politics" marked "active" in ``<nav>``, unless it is the home page's), and the label of
    its link to the section page the URL files the story under ("Blogs", linking to "/blog",
    for a story at "/blog/what-is-catering"), as printed."""
    page_path = path_segments(url or "")
    section_path = page_path[:1] if len(page_path) >= 2 else []
    active = section_link = ""
    for nav in _nav_blocks(root):
        if section_path and not section_link:
            for a in itertools.islice(nav.iter("a"), MAX_NAV_ELEMENTS):
                href = a.get("href") or ""
                if section_path[0] in href.lower() and path_segments(href) == section_path:
                    section_link = _item_label(a)
                    break
        if not active:
            active = _active_label(nav, page_path)
        if active and (section_link or not section_path):
            break
    return active, section_link


def _active_label(nav: Element, page_path: list[str]) -> str:
    # A menu marks its active item on the item or its link: only those are looked at (lxml
    # filters the tags; a mega menu holds a thousand other elements).
    for el in itertools.islice(nav.iter("li", "a"), MAX_ACTIVE_SCAN):
        if not _is_active(el):
            continue
        link = el if el.tag == "a" else next(el.iter("a"), None)
        if link is None:
            continue
        text = _item_label(link)
        href = link.get("href") or ""
        if not text or is_home(text, href):
            continue
        if page_path and path_segments(href) == page_path:
            continue  # the page itself, highlighted in a menu of pages
        if not page_path or links_section(href, page_path) or "current" in (el.get("class") or ""):
            return text
    return ""


def _item_label(link: Element) -> str:
    text = label_of(element_text(link))
    folded = fold(text)
    return "" if folded in NOT_SECTION_LABELS or folded in FORMAT_KICKERS else text


# A list classed or named as a menu outside any <nav> (WordPress's ``<ul id="menu-primary"
# class="menu">``, a theme's header menu): read after the <nav>s, at most this many.
MAX_MENU_LISTS = 2
MENU_CLASS_WORDS = frozenset({"menu", "nav-menu", "main-menu", "primary-menu", "sf-menu", "navbar-nav"})


def _nav_blocks(root: Element) -> Iterator[Element]:
    """The page's <nav>s (and ``role="navigation"`` headers), the <nav>s first, then the first
    few menu lists, in page order (lxml finds them, not a Python loop over every element)."""
    menus: list[Element] = []
    navs = 0
    for el in root.iter("nav", "header", "ul"):
        tag = el.tag
        if tag == "ul":
            if len(menus) < MAX_MENU_LISTS and _is_menu_list(el):
                menus.append(el)
        elif navs < MAX_NAV_BLOCKS and (tag == "nav" or (el.get("role") or "") == "navigation"):
            navs += 1
            yield el
        if navs >= MAX_NAV_BLOCKS and len(menus) >= MAX_MENU_LISTS:
            break
    yield from menus


def _is_menu_list(ul: Element) -> bool:
    if (ul.get("id") or "").startswith("menu-"):
        return True
    return not MENU_CLASS_WORDS.isdisjoint((ul.get("class") or "").lower().split())


def _is_active(el: Element) -> bool:
    if el.get("aria-current") in ("page", "true", "location"):
        return True
    value = (el.get("class") or "").lower()
    if "activ" not in value and "current" not in value and "selected" not in value:
        return False  # the common item, told in one pass over its class
    words = value.split()
    if not ACTIVE_ITEM_CLASSES.isdisjoint(words):
        return True
    return any(word.endswith(ACTIVE_MODIFIERS) for word in words)


def aria_trail(root: Element) -> Element | None:
    """A ``<nav aria-label="Breadcrumb">`` (the ARIA pattern for a trail; its class may name
    nothing)."""
    for nav in itertools.islice(root.iter("nav"), MAX_NAV_SCAN):
        if "breadcrumb" in (nav.get("aria-label") or "").lower():
            return nav
    return None
