"""The JSON contract: ``Article`` <-> dict <-> JSON text.

The field names here are a public contract that other projects parse; ``SCHEMA_VERSION`` goes
up with any change to them.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from ..errors import SerializationError
from ..model import Article, Block, Caption, Heading, ListBlock, Paragraph, Quote, Table

SCHEMA_VERSION = 2
# The versions ``from_json`` reads. Version 1 wrote a date-only value as midnight
# ("2024-03-03T00:00:00"); it is read back as that datetime, since version 1 could not say which.
READABLE_VERSIONS = (1, 2)

_TEXT_FIELDS = (
    "headline", "section", "byline", "url", "canonical_url", "site_name", "language",
    "description", "image",
)


def block_to_dict(block: Block) -> dict[str, Any]:
    data: dict[str, Any] = {"type": block.kind, "text": block.text}
    if isinstance(block, Heading):
        data["level"] = block.level
    elif isinstance(block, ListBlock):
        data["items"] = list(block.items)
        data["ordered"] = block.ordered
    elif isinstance(block, Table):
        data["rows"] = [list(row) for row in block.rows]
    return data


def article_to_dict(article: Article) -> dict[str, Any]:
    """The Article as plain JSON-ready data, in the documented field order.

    >>> from articlekit import Article, Heading
    >>> data = article_to_dict(Article(headline="Rates held", body=(Heading("Why"),)))
    >>> data["headline"], data["body"]
    ('Rates held', [{'type': 'heading', 'text': 'Why', 'level': 2}])
    """
    return {
        "schema_version": SCHEMA_VERSION,
        "headline": article.headline,
        "section": article.section,
        "byline": article.byline,
        "authors": list(article.authors),
        "published": _iso(article.published),
        "modified": _iso(article.modified),
        "body": [block_to_dict(b) for b in article.body],
        "is_article": article.is_article,
        "not_article_reason": article.not_article_reason,
        "url": article.url,
        "canonical_url": article.canonical_url,
        "site_name": article.site_name,
        "language": article.language,
        "description": article.description,
        "image": article.image,
        "tags": list(article.tags),
        "provenance": dict(article.provenance),
    }


def to_json(article: Article, indent: int | None = 2) -> str:
    """The Article as JSON text (UTF-8 safe, non-ASCII kept as is).

    >>> from articlekit import Article
    >>> print(to_json(Article(headline="Zürich votes"), indent=None)[:48])
    {"schema_version": 2, "headline": "Zürich votes"
    """
    return json.dumps(article_to_dict(article), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes) -> Article:
    """Read JSON written by ``to_json`` back into an equal Article.

    >>> import articlekit
    >>> article = articlekit.Article(headline="Rates held", authors=("Jane Doe",))
    >>> articlekit.from_json(articlekit.serialize(article)) == article
    True
    """
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise SerializationError(f"not valid JSON: {exc}") from None
    return article_from_dict(data)


def article_from_dict(data: Any) -> Article:
    """Build an Article from the dict shape of ``article_to_dict``.

    >>> article_from_dict({"headline": "Rates held", "authors": ["Jane Doe"]}).authors
    ('Jane Doe',)
    """
    if not isinstance(data, dict):
        raise SerializationError("an Article is a JSON object, got " + type(data).__name__)
    version = data.get("schema_version", SCHEMA_VERSION)
    if version not in READABLE_VERSIONS:
        raise SerializationError(
            f"schema_version {version!r} is not one this articlekit reads ({', '.join(map(str, READABLE_VERSIONS))}): "
            "upgrade articlekit to read it"
        )
    try:
        return Article(
            **{name: _optional_str(data, name) for name in _TEXT_FIELDS},
            authors=_str_list(data, "authors"),
            published=_datetime(data.get("published")),
            modified=_datetime(data.get("modified")),
            body=tuple(block_from_dict(b) for b in data.get("body") or ()),
            tags=_str_list(data, "tags"),
            provenance=dict(data.get("provenance") or {}),
            not_article_reason=_optional_str(data, "not_article_reason"),
        )
    except (TypeError, ValueError, KeyError) as exc:
        raise SerializationError(f"not an Article: {exc}") from None


def block_from_dict(data: Any) -> Block:
    if not isinstance(data, dict):
        raise SerializationError("a body block is a JSON object")
    kind = data.get("type")
    text = str(data.get("text") or "")
    if kind == "paragraph":
        return Paragraph(text)
    if kind == "heading":
        return Heading(text, int(data.get("level") or 2))
    if kind == "list":
        items = data.get("items")
        return ListBlock(tuple(items) if items is not None else tuple(text.split("\n")), bool(data.get("ordered")))
    if kind == "quote":
        return Quote(text)
    if kind == "caption":
        return Caption(text)
    if kind == "table":
        rows = data.get("rows")
        if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
            raise SerializationError("a table block needs 'rows', a list of lists of strings")
        return Table(tuple(tuple(str(c) for c in r) for r in rows))
    raise SerializationError(f"unknown block type {kind!r}")


def _optional_str(data: dict[str, Any], name: str) -> str | None:
    value = data.get(name)
    if value is None or isinstance(value, str):
        return value
    raise SerializationError(f"{name!r} must be a string or null, got {type(value).__name__}")


def _str_list(data: dict[str, Any], name: str) -> tuple[str, ...]:
    value = data.get(name)
    if value is None:
        return ()
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise SerializationError(f"{name!r} must be a list of strings, got {value!r:.80}")


def _iso(value: datetime | date | None) -> str | None:
    """ISO 8601: "2024-03-03T10:15:00+01:00" for a time, "2024-03-03" for a day only."""
    return value.isoformat() if value else None


# "2024-03-03": a calendar day, the whole value.
_DAY_CHARS = 10


def _datetime(value: Any) -> datetime | date | None:
    if value is None:
        return None
    text = str(value)
    try:
        if len(text) == _DAY_CHARS:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text)
    except ValueError:
        raise SerializationError(f"not an ISO 8601 date or date and time: {value!r}") from None
