"""OpenGraph (``og:*``), ``article:*`` and Twitter card ``<meta>`` properties."""

from __future__ import annotations

from collections.abc import Iterator

from ..dom.tree import Element

from .index import PageIndex, as_index
from .candidate import Candidate, joined_authors

SOURCE = "opengraph"

# property -> field; ``article:author`` is handled apart (it is often a profile URL).
_FIELDS = {
    "og:title": "headline",
    "twitter:title": "headline",
    "og:description": "description",
    "twitter:description": "description",
    "og:site_name": "site_name",
    "og:image": "image",
    "og:image:url": "image",
    "og:image:secure_url": "image",
    "twitter:image": "image",
    "og:url": "canonical_url",
    "og:locale": "language",
    "article:published_time": "published",
    "og:article:published_time": "published",
    "article:published": "published",
    "article:modified_time": "modified",
    "og:article:modified_time": "modified",
    "og:updated_time": "modified",
    "article:section": "section",
    "og:article:section": "section",
    "article:tag": "tag",
    "og:article:tag": "tag",
}


def candidates(page: Element | PageIndex) -> Iterator[Candidate]:
    tags: list[str] = []
    authors: dict[str, list[str]] = {}
    for key, content in as_index(page).meta_tags:
        if key in ("article:author", "og:article:author"):
            if not content.startswith(("http://", "https://", "/")):
                authors.setdefault(key, []).append(content)
            continue
        field = _FIELDS.get(key)
        if field == "tag":
            tags.extend(t.strip() for t in content.split(","))
        elif field == "language":
            yield Candidate(field, content.replace("_", "-"), SOURCE)
        elif field:
            yield Candidate(field, content, SOURCE)
    yield from joined_authors(authors, SOURCE)
    if tags:
        yield Candidate("tags", tuple(dict.fromkeys(t for t in tags if t)), SOURCE)
