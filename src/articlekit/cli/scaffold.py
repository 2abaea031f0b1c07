"""Guessing selectors for a new rule from what the generic extractor found on a page.

For each field, the element whose text (or ``datetime``/``content``) gives the extracted value
is looked up and named by a short CSS selector that matches it alone. Values that came from
metadata with no visible element (JSON-LD) get no selector: the generic extractor keeps reading
them, which is what a rule that does not name a field means.
"""

from __future__ import annotations

from ..dom.tree import Element

from ..dom.text import element_text
from ..model import Article
from ..sites.selector import Selector

# Classes kept in a generated selector: more make it brittle against a theme's cosmetic classes.
MAX_CLASSES = 2
# Ancestors climbed to make a selector unique before giving up on one.
MAX_DEPTH = 4
_TEXT_TAGS = ("h1", "h2", "h3", "span", "a", "div", "p", "li", "address", "time")


def _step(el: Element) -> str:
    tag = str(el.tag)
    if el.get("id") and el.get("id", "").replace("-", "").replace("_", "").isalnum():
        return f"{tag}#{el.get('id')}"
    classes = [c for c in (el.get("class") or "").split() if c.replace("-", "").replace("_", "").isalnum()]
    return tag + "".join(f".{c}" for c in classes[:MAX_CLASSES])


def css_path(el: Element, root: Element) -> str:
    """A short CSS selector matching ``el`` first on the page (ancestors added until it does)."""
    parts = [_step(el)]
    node: Element | None = el
    for _ in range(MAX_DEPTH):
        selector = " ".join(parts)
        found = Selector(selector).select(root)
        if found and found[0] is el:
            return selector
        node = node.getparent() if node is not None else None
        if node is None or node.tag in ("body", "html"):
            break
        parts.insert(0, _step(node))
    return " ".join(parts)


def _by_text(root: Element, text: str) -> Element | None:
    """The innermost element whose whole text is ``text``."""
    best = None
    for el in root.iter(*_TEXT_TAGS):
        if element_text(el) == text:
            best = el  # later matches are deeper or later; prefer the first innermost
            if not any(element_text(child) == text for child in el):
                return el
    return best


def _time_element(root: Element, article: Article) -> Element | None:
    if article.published_day is None:
        return None
    day = article.published_day.isoformat()
    return next((el for el in root.iter("time") if (el.get("datetime") or "").startswith(day)), None)


def guess_selectors(root: Element, article: Article) -> dict[str, tuple[str, str | None]]:
    """field -> (CSS selector, attribute) for the fields a visible element carries."""
    found: dict[str, tuple[str, str | None]] = {}
    texts = {"headline": article.headline, "section": article.section, "byline": article.byline}
    if article.authors:
        texts["authors"] = article.authors[0]
    for field, value in texts.items():
        el = _by_text(root, value) if value else None
        if el is not None:
            found[field] = (css_path(el, root), None)
    time = _time_element(root, article)
    if time is not None:
        found["published"] = (css_path(time, root), "datetime")
    return found


def guess_container(root: Element, article: Article) -> str | None:
    """A selector for the element holding the first and last paragraphs of the body."""
    paragraphs = article.paragraphs
    if not paragraphs:
        return None
    first, last = _by_text(root, paragraphs[0]), _by_text(root, paragraphs[-1])
    if first is None or last is None:
        return None
    ancestors = set(first.iterancestors())
    common = next((a for a in last.iterancestors() if a in ancestors), None)
    if last is first:
        common = first.getparent()
    return None if common is None or common.tag in ("body", "html") else css_path(common, root)
