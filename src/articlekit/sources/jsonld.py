"""JSON-LD (``<script type="application/ld+json">``): schema.org articles and breadcrumbs."""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from typing import Any

from ..dom.tree import Element

from ..dom.text import clean_text
from ..options import DEFAULT_MAX_JSONLD_CHARS
from .candidate import Candidate
from .index import PageIndex, as_index

SOURCE = "jsonld"


ARTICLE_TYPES = frozenset(
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
        "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",
        "LiveBlogPosting", "SocialMediaPosting", "Report", "ScholarlyArticle", "TechArticle",
        "SatiricalArticle", "AdvertiserContentArticle", "VideoObject",
    }
)
# A page object is the fallback when no article object exists: weaker evidence.
PAGE_TYPES = frozenset({"WebPage", "ItemPage", "NewsMediaArticle"})
ORGANIZATION_TYPES = frozenset({"Organization", "NewsMediaOrganization", "Corporation"})

# JSON-LD nested deeper than this is junk or hostile; walking it gains nothing.
MAX_DEPTH = 12
# Scripts larger than this are not metadata a page means to publish (and cost time to load).
# The default lives with the setting's (``Options.max_jsonld_chars``), which ``articlekit`` imports
# without this module.
MAX_SCRIPT_CHARS = DEFAULT_MAX_JSONLD_CHARS


def candidates(page: Element | PageIndex, max_script_chars: int = MAX_SCRIPT_CHARS) -> Iterator[Candidate]:
    objects = [obj for data in documents(as_index(page), max_script_chars) for obj in typed_objects(data)]
    main = _main_article(objects)
    if main is not None:
        yield from _article_candidates(main, objects)
    for obj in objects:
        if "BreadcrumbList" in _types(obj):
            section = _breadcrumb_section(obj)
            if section:
                yield Candidate("section", section, SOURCE)
        if _types(obj) & ORGANIZATION_TYPES or "WebSite" in _types(obj):
            name = _text(obj.get("name"))
            if name:
                yield Candidate("publisher", name, SOURCE)


def documents(index: PageIndex, max_script_chars: int = MAX_SCRIPT_CHARS) -> list[Any]:
    """The page's JSON-LD scripts, each parsed once for all the sources that read them (scripts
    over ``max_script_chars``, empty or invalid ones left out)."""
    if index.json_ld is not None and index.json_ld[0] == max_script_chars:
        return index.json_ld[1]
    parsed = []
    for script in index.ld_scripts:
        raw = script.text or ""
        if not raw.strip() or len(raw) > max_script_chars:
            continue
        data = _loads(raw)
        if data is not None:
            parsed.append(data)
    index.json_ld = (max_script_chars, parsed)
    return parsed


def _loads(raw: str) -> Any:
    raw = raw.strip()
    if raw.startswith("<!--"):
        raw = raw[4:].rstrip().removesuffix("-->")
    try:
        return json.loads(raw, strict=False)
    except (ValueError, RecursionError):
        # Invalid JSON-LD is common (trailing commas, two objects glued); such a script is
        # simply not a source for this page.
        return None


# Where a document nests the objects it describes.
NESTING_KEYS = ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "hasPart")


def typed_objects(data: Any, keys: tuple[str, ...] = NESTING_KEYS, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every typed object of a document: top level, arrays, and under ``keys`` (``@graph``,
    ``mainEntity``... by default), down to ``MAX_DEPTH`` levels."""
    if depth > MAX_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from typed_objects(item, keys, depth + 1)
    elif isinstance(data, dict):
        if "@type" in data:
            yield data
        for key in keys:
            inner = data.get(key)
            if isinstance(inner, (list, dict)):
                yield from typed_objects(inner, keys, depth + 1)


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    names = kind if isinstance(kind, list) else [kind]
    return {n.rsplit("/", 1)[-1] for n in names if isinstance(n, str)}


def _main_article(objects: list[dict[str, Any]]) -> dict[str, Any] | None:
    articles = [o for o in objects if _types(o) & ARTICLE_TYPES and "VideoObject" not in _types(o)]
    if not articles:
        articles = [o for o in objects if _types(o) & (ARTICLE_TYPES | PAGE_TYPES)]
    if not articles:
        return None
    # The story's own object is the one that says most about itself.
    return max(articles, key=lambda o: sum(k in o for k in ("headline", "datePublished", "author", "articleBody")))


def _article_candidates(obj: dict[str, Any], objects: list[dict[str, Any]]) -> Iterator[Candidate]:
    yield Candidate("headline", _text(obj.get("headline")) or _text(obj.get("name")), SOURCE)
    yield Candidate("description", _text(obj.get("description")), SOURCE)
    yield Candidate("published", _text(obj.get("datePublished")), SOURCE)
    yield Candidate("published", _text(obj.get("dateCreated")), SOURCE)
    yield Candidate("modified", _text(obj.get("dateModified")), SOURCE)
    yield Candidate("section", _first_text(obj.get("articleSection")), SOURCE)
    yield Candidate("language", _text(obj.get("inLanguage")), SOURCE)
    yield Candidate("image", _url_of(obj.get("image")) or _url_of(obj.get("thumbnailUrl")), SOURCE)
    yield Candidate("canonical_url", _text(obj.get("url")) or _url_of(obj.get("mainEntityOfPage")), SOURCE)
    yield Candidate("tags", _keywords(obj.get("keywords")), SOURCE)
    body = obj.get("articleBody")
    if isinstance(body, str) and body.strip():
        yield Candidate("article_body", html.unescape(body) if "&" in body else body, SOURCE)
    publisher = obj.get("publisher")
    if isinstance(publisher, dict):
        yield Candidate("publisher", _text(publisher.get("name")), SOURCE)
    people, organizations, persons = _authors(_resolved(obj.get("author"), objects))
    yield Candidate("authors", tuple(people), SOURCE)
    yield Candidate("byline_names", tuple(people + organizations), SOURCE)
    if people and organizations:
        # The story credits people and, as objects of their own beside them, organizations (a
        # wire agency, the newsroom): all of them are its byline ("Ana Lima, dpa").
        yield Candidate("credited_organizations", tuple(organizations), SOURCE)
    # A Person object's name is one person's, whatever it holds ("Sarah E. Needleman").
    yield Candidate("person_names", tuple(persons), SOURCE)


def _resolved(value: Any, objects: list[dict[str, Any]]) -> Any:
    """The author value with each bare reference (``{"@id": ...}``, no name) replaced by the
    object of the page's graph that has that id (the way a graph names its Person once)."""
    items = value if isinstance(value, list) else [value]
    if not any(_is_reference(item) for item in items):
        return value
    by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
    return [by_id.get(item["@id"], item) if _is_reference(item) else item for item in items]


def _is_reference(item: Any) -> bool:
    return isinstance(item, dict) and isinstance(item.get("@id"), str) and not _text(item.get("name"))


def _authors(value: Any) -> tuple[list[str], list[str], list[str]]:
    """The author's names: people, organizations, and (among the people) those given as an
    object of their own, whose name is one name."""
    people: list[str] = []
    organizations: list[str] = []
    persons: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, str):
            people.append(clean_text(item))
        elif isinstance(item, dict):
            name = _text(item.get("name"))
            if not name:
                continue
            if _types(item) & ORGANIZATION_TYPES:
                organizations.append(name)
            else:
                people.append(name)
                persons.append(name)
    return [p for p in people if p], organizations, persons


def _breadcrumb_section(obj: dict[str, Any]) -> str:
    items = obj.get("itemListElement")
    if not isinstance(items, list):
        return ""
    ranked = sorted(
        (i for i in items if isinstance(i, dict)),
        key=_position,
    )
    names = []
    for item in ranked:
        name = _text(item.get("name"))
        inner = item.get("item")
        if not name and isinstance(inner, dict):
            name = _text(inner.get("name"))
        if name:
            names.append(name)
    # First is the home page, last is often the article itself: the section sits between.
    if len(names) >= 3:
        return names[1]
    if len(names) == 2:
        return names[1] if names[0].casefold() in _HOME_NAMES else names[0]
    return names[0] if names and names[0].casefold() not in _HOME_NAMES else ""


def _position(item: dict[str, Any]) -> int:
    position = item.get("position")
    return position if isinstance(position, int) else 0


_HOME_NAMES = frozenset({"home", "homepage", "start", "startseite", "accueil", "inicio", "portada", "home page"})


def _text(value: Any) -> str:
    if isinstance(value, str):
        return clean_text(html.unescape(value) if "&" in value else value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, dict):
        return _text(value.get("@value") or value.get("name"))
    return ""


def _first_text(value: Any) -> str:
    if isinstance(value, list):
        return next((t for t in map(_text, value) if t), "")
    return _text(value)


def _url_of(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list):
        return next((u for u in map(_url_of, value) if u), "")
    if isinstance(value, dict):
        return _url_of(value.get("url") or value.get("contentUrl") or value.get("@id"))
    return ""


def _keywords(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        parts = value.split(",")
    elif isinstance(value, list):
        parts = [v for v in value if isinstance(v, str)]
    else:
        return ()
    return tuple(dict.fromkeys(p for p in (clean_text(x) for x in parts) if p))
