"""Stable selectors for a new rule, from the elements that hold what the generic extractor found.

A selector drafted from one page must still match on the site's next page, so only hooks a
template keeps from page to page are used: ``itemprop``, ``data-*`` attributes (``data-testid``,
``data-component``...), an ``id`` or class that reads like words (never a hashed class such as
``sc-jRBLiq``, ``css-1abc2de`` or ``bZalUz``), semantic tags (``h1``, ``time``, ``address``...),
``rel=author`` and ``<meta>`` tags; at most one ancestor hook in front (two when one is not
enough), never a chain of the page's nesting. Which candidate wins is decided on every page given
(``choose``), not on the page it was drafted from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from ..dom.text import element_text
from ..dom.tree import Element
from ..sites.errors import SiteRuleError
from ..sites.selector import Selector
from .scaffold_tables import (
    FURNITURE_TAGS,
    HASHED_CLASS_PREFIXES,
    MAX_CONSONANT_RUN,
    MAX_PART_LENGTH,
    MAX_WORD_LENGTH,
    MIN_VOWELLESS,
    SEMANTIC_TAGS,
    UNSTABLE_DATA_ATTRIBUTES,
    VOWELS,
)

# Ancestors looked at for a hook to put in front of the element's own step.
MAX_ANCESTORS = 6
# Candidates tried per element (the shortest first).
MAX_CANDIDATES = 80
# Candidates tried per field, over all pages.
MAX_TRIED = 300
# Elements showing a field's value looked at per page (a menu link may show the section too).
MAX_LOCATED = 5
_TEXT_TAGS = ("h1", "h2", "h3", "h4", "span", "a", "div", "p", "li", "address", "time", "strong", "b", "dd")
_CAMEL = re.compile(r"[a-z]+(?:[A-Z][a-z]+)*|(?:[A-Z][a-z]+)+")
_PIECE = re.compile(r"[A-Z]?[a-z]+")
_SEPARATORS = re.compile(r"[-_]+")
_CONSONANTS = re.compile(r"[b-df-hj-np-tv-xzB-DF-HJ-NP-TV-XZ]+")
_META_NAME = re.compile(r"[A-Za-z][A-Za-z:._-]{0,40}")


def is_stable_word(word: str) -> bool:
    """Whether a class, id or attribute value reads like a word a person wrote, kept from build to
    build and page to page: no digits, no CSS-in-JS prefix, camelCase at most, pronounceable parts.

    >>> [is_stable_word(w) for w in ("byline", "article-title", "ArticleHeader", "sc-jRBLiq")]
    [True, True, True, False]
    >>> [is_stable_word(w) for w in ("bZalUz", "css-1abc2de", "post-1234", "_3xYz", "kdFgrt")]
    [False, False, False, False, False]
    """
    if not word or len(word) > MAX_WORD_LENGTH or word.startswith(HASHED_CLASS_PREFIXES):
        return False
    if not all(c.isascii() and (c.isalpha() or c in "-_") for c in word):
        return False
    for part in _SEPARATORS.split(word):
        if not part:
            continue
        if len(part) > MAX_PART_LENGTH or not _CAMEL.fullmatch(part):
            return False
        if part.islower():
            # "c-", "js-", "fn", "btn": BEM prefixes and abbreviations; a long run needs a vowel.
            if len(part) >= MIN_VOWELLESS and not VOWELS.intersection(part):
                return False
        else:
            pieces = _PIECE.findall(part)
            # "bZalUz", "kdFgrt", CSS modules' "__NokVo": case flips no camelCase word makes.
            if any(len(p) < (2 if i == 0 else 3) or not VOWELS.intersection(p) for i, p in enumerate(pieces)):
                return False
        if any(len(run) > MAX_CONSONANT_RUN for run in _CONSONANTS.findall(part)):
            return False
    return True


def steps(el: Element) -> list[str]:
    """The stable ways to name ``el`` alone, best first (empty when it has none)."""
    tag = str(el.tag).lower()
    found: list[str] = []
    itemprop = (el.get("itemprop") or "").split()
    if itemprop and is_stable_word(itemprop[0]):
        found.append(f"{tag}[itemprop~='{itemprop[0]}']")
    for key, raw in el.attrib.items():
        name, value = str(key), str(raw)
        if name.startswith("data-") and name not in UNSTABLE_DATA_ATTRIBUTES and is_stable_word(name[5:]):
            if is_stable_word(value):
                found.append(f"{tag}[{name}='{value}']")
    ident = el.get("id") or ""
    if is_stable_word(ident):
        found.append(f"{tag}#{ident}")
    if tag == "a" and "author" in (el.get("rel") or "").split():
        found.append("a[rel~='author']")
    if tag in SEMANTIC_TAGS:
        found.append(tag)
    classes = [c for c in (el.get("class") or "").split() if is_stable_word(c)]
    found += [f"{tag}.{c}" for c in classes[:4]]
    if len(classes) >= 2:
        found.append(f"{tag}.{classes[0]}.{classes[1]}")
    return found


@attrs.frozen
class Candidate:
    selector: str
    attribute: str | None = None


def candidates(el: Element, attribute: str | None = None) -> list[Candidate]:
    """Selectors for ``el`` of one, two or three steps, shortest and most stable first."""
    tag = str(el.tag).lower()
    if tag == "meta":
        return _meta_candidates(el)
    own = steps(el)
    inner = own + ([tag] if tag not in own else [])
    hooks: list[list[str]] = []
    node = el.getparent()
    for _ in range(MAX_ANCESTORS):
        if node is None or str(node.tag) in ("body", "html"):
            break
        node_steps = steps(node)
        if node_steps:
            hooks.append(node_steps)
        node = node.getparent()
    texts = list(own)
    texts += [f"{hook} {step}" for node_steps in hooks for hook in node_steps for step in inner]
    texts += [
        f"{outer} {hook} {step}"
        for i, near in enumerate(hooks[:2])
        for hook in near[:2]
        for far in hooks[i + 1 :]
        for outer in far[:2]
        for step in inner[:3]
    ]
    unique = list(dict.fromkeys(texts))[:MAX_CANDIDATES]
    return [Candidate(text, attribute) for text in unique]


def _meta_candidates(el: Element) -> list[Candidate]:
    found = []
    for key in ("property", "name", "itemprop"):
        value = el.get(key) or ""
        if _META_NAME.fullmatch(value):
            found.append(Candidate(f"meta[{key}='{value}']", "content"))
    return found


def _by_text(root: Element, text: str, limit: int = 1) -> list[Element]:
    """The innermost elements whose whole text is ``text``, in page order (at most ``limit``): the
    same words can be a menu link and the story's kicker, and only the page set tells which holds
    the field."""
    found: list[Element] = []
    for el in root.iter(*_TEXT_TAGS):
        if element_text(el) == text and not any(element_text(child) == text for child in el):
            found.append(el)
            if len(found) >= limit:
                break
    return found


def _meta(root: Element, test: str, prefix: bool = False) -> Element | None:
    head = root.find("head")
    for el in head.iter("meta") if head is not None else ():
        content = el.get("content") or ""
        if content == test or (prefix and content.startswith(test)):
            return el
    return None


def _in_furniture(el: Element) -> bool:
    """Whether ``el`` sits in a menu, breadcrumb, sidebar or footer (where a page repeats the
    headline or the section as a link)."""
    for node in (el, *el.iterancestors()):
        if str(node.tag) in FURNITURE_TAGS or "breadcrumb" in (node.get("class") or "").lower():
            return True
    return False


def locate_text(root: Element, text: str) -> tuple[list[Element], str | None]:
    """The visible elements whose text is ``text``, those in the page's furniture only when no
    other shows it (else a ``<meta>`` whose content is)."""
    found = _by_text(root, text, MAX_LOCATED)
    story = [el for el in found if not _in_furniture(el)]
    if found:
        return story or found, None
    meta = _meta(root, text)
    return ([], None) if meta is None else ([meta], "content")


def locate_day(root: Element, day: str) -> tuple[list[Element], str | None]:
    """The ``<time datetime>`` (else a ``<meta>``) whose value starts with the ISO day ``day``."""
    time = next((el for el in root.iter("time") if (el.get("datetime") or "").startswith(day)), None)
    if time is not None:
        return [time], "datetime"
    meta = _meta(root, day, prefix=True)
    return ([], None) if meta is None else ([meta], "content")


def locate_container(root: Element, paragraphs: Sequence[str]) -> Element | None:
    """The element holding the first and last paragraphs of the body."""
    if not paragraphs:
        return None
    firsts, lasts = _by_text(root, paragraphs[0]), _by_text(root, paragraphs[-1])
    if not firsts or not lasts:
        return None
    first, last = firsts[0], lasts[0]
    ancestors = set(first.iterancestors())
    common = first.getparent() if last is first else next((a for a in last.iterancestors() if a in ancestors), None)
    return None if common is None or str(common.tag) in ("body", "html") else common


@attrs.frozen
class Choice:
    """The candidate that did best on the pages: on how many it matched as the field needs
    (exactly one node, or at least one for a list field), and on how many of those it matched
    the very element that holds the generic value."""

    candidate: Candidate | None
    matched: int = 0
    hits: int = 0


def choose(
    found: Sequence[Candidate], roots: Sequence[Element], targets: Sequence[Sequence[Element]], single: bool
) -> Choice:
    """The first candidate matching on the most pages, then an element showing the value on the most.

    A single-valued field needs exactly one node on a page; a list field at least one, all of
    them among the elements showing its values when those were found on the page."""
    best = Choice(None, -1, -1)
    reachable = sum(1 for shown in targets if shown)
    for candidate in found[:MAX_TRIED]:
        try:
            selector = Selector(candidate.selector)
        except SiteRuleError:
            continue
        matched = hits = 0
        for index, (root, shown) in enumerate(zip(roots, targets)):
            if matched + len(roots) - index < best.matched:
                break  # cannot beat the best any more
            nodes = selector.select(root)
            # A list field's selector takes only elements showing one of its values (when any
            # were found on the page): "article a" would add every link of the story.
            fits = len(nodes) == 1 if single else bool(nodes) and (not shown or all(n in shown for n in nodes))
            if fits:
                matched += 1
                hits += any(node is el for node in nodes[:50] for el in shown)
        if (matched, hits) > (best.matched, best.hits):
            best = Choice(candidate, matched, hits)
            if matched == len(roots) and hits == reachable:
                break  # nothing later can do better
    return best if best.candidate is not None else Choice(None)
