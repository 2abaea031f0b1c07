"""The JSON contract: ``Article`` <-> dict <-> JSON text.

The field names here are a public contract that other projects parse; ``SCHEMA_VERSION`` goes
up with any change to them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from types import MappingProxyType
from typing import Any

from ..errors import SerializationError
from ..model import Article, Block, Caption, Embed, Figure, Heading, ListBlock, Paragraph, Quote, Span, Standfirst, Table

SCHEMA_VERSION = 2
# The versions ``from_json`` reads. Version 1 wrote a date-only value as midnight
# ("2024-03-03T00:00:00"); it is read back as that datetime, since version 1 could not say which.
READABLE_VERSIONS = (1, 2)

_TEXT_FIELDS = (
    "headline", "section", "byline", "url", "canonical_url", "site_name", "language",
    "description", "image",
)


# The keys ``from_json`` knows: those ``article_to_dict`` writes, and each block type's.
ARTICLE_KEYS = frozenset((
    "schema_version", *_TEXT_FIELDS, "authors", "published", "modified", "body", "is_article",
    "not_article_reason", "tags", "provenance",
))
BLOCK_KEYS: Mapping[str, frozenset[str]] = MappingProxyType({
    "paragraph": frozenset({"type", "text", "spans"}),
    "heading": frozenset({"type", "text", "level", "spans"}),
    "list": frozenset({"type", "text", "items", "ordered", "spans"}),
    "quote": frozenset({"type", "text", "spans"}),
    "table": frozenset({"type", "text", "rows", "header", "spans"}),
    "caption": frozenset({"type", "text", "spans"}),
    "standfirst": frozenset({"type", "text", "spans"}),
    "figure": frozenset({"type", "text", "src", "alt", "caption", "credit", "width", "height"}),
    "embed": frozenset({"type", "text", "url", "provider"}),
})
OPTIONAL_BLOCK_KEYS = frozenset({"spans"})
"""Written only when not empty: a block without spans is written as version 1 wrote it."""
SPAN_KEYS = frozenset({"start", "end", "kind", "href"})

_SPANNED = (Paragraph, Heading, ListBlock, Quote, Table, Caption, Standfirst)


def block_to_dict(block: Block) -> dict[str, Any]:
    data: dict[str, Any] = {"type": block.kind, "text": block.text}
    if isinstance(block, Heading):
        data["level"] = block.level
    elif isinstance(block, ListBlock):
        data["items"] = list(block.items)
        data["ordered"] = block.ordered
    elif isinstance(block, Table):
        data["rows"] = [list(row) for row in block.rows]
        data["header"] = block.header
    elif isinstance(block, Figure):
        data.update(src=block.src, alt=block.alt, caption=block.caption, credit=block.credit, width=block.width, height=block.height)
    elif isinstance(block, Embed):
        data.update(url=block.url, provider=block.provider)
    if isinstance(block, _SPANNED) and block.spans:
        data["spans"] = [span_to_dict(span) for span in block.spans]
    return data


def span_to_dict(span: Span) -> dict[str, Any]:
    """``{"start", "end", "kind"}``, and ``"href"`` when the span has one (a link's)."""
    data: dict[str, Any] = {"start": span.start, "end": span.end, "kind": span.kind}
    if span.href is not None:
        data["href"] = span.href
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


def from_json(text: str | bytes, *, strict: bool = True) -> Article:
    """Read JSON written by ``to_json`` back into an equal Article.

    A ``schema_version`` this articlekit does not read (``READABLE_VERSIONS``: 1 and 2) is
    refused, and so, unless ``strict`` is false, is a key that is not the Article's (at the top
    or in a body block): a typo, a renamed field or another tool's data would otherwise be
    dropped without a word. ``strict=False`` ignores such keys, for records that carry keys of
    their own beside the Article's (the ``"input"`` of an ``articlekit convert`` record).

    >>> import articlekit
    >>> article = articlekit.Article(headline="Rates held", authors=("Jane Doe",))
    >>> articlekit.from_json(articlekit.serialize(article)) == article
    True
    >>> articlekit.from_json('{"schema_version": 2, "title": "Rates held"}')
    Traceback (most recent call last):
      ...
    articlekit.errors.SerializationError: unknown key in an Article: 'title'; from_json(..., strict=False) ignores keys that are not the Article's
    >>> articlekit.from_json('{"input": "page.html", "headline": "Rates held"}', strict=False).headline
    'Rates held'
    """
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise SerializationError(f"not valid JSON: {exc}") from None
    return article_from_dict(data, strict=strict)


def article_from_dict(data: Any, *, strict: bool = True) -> Article:
    """Build an Article from the dict shape of ``article_to_dict`` (see ``from_json`` for
    ``strict``). A dict without ``schema_version`` is read as the current version.

    >>> article_from_dict({"headline": "Rates held", "authors": ["Jane Doe"]}).authors
    ('Jane Doe',)
    >>> article_from_dict({"schema_version": 99})
    Traceback (most recent call last):
      ...
    articlekit.errors.SerializationError: schema_version 99 is not one this articlekit reads (it reads 1 and 2): the document was written by a newer articlekit; upgrade articlekit to read it
    """
    if not isinstance(data, dict):
        raise SerializationError("an Article is a JSON object, got " + type(data).__name__)
    _check_version(data.get("schema_version", SCHEMA_VERSION))
    if strict:
        _check_keys(data, ARTICLE_KEYS, "an Article")
    try:
        return Article(
            **{name: _optional_str(data, name) for name in _TEXT_FIELDS},
            authors=_str_list(data, "authors"),
            published=_datetime(data.get("published")),
            modified=_datetime(data.get("modified")),
            body=tuple(block_from_dict(b, strict=strict) for b in data.get("body") or ()),
            tags=_str_list(data, "tags"),
            provenance=dict(data.get("provenance") or {}),
            not_article_reason=_optional_str(data, "not_article_reason"),
        )
    except (TypeError, ValueError, KeyError) as exc:
        raise SerializationError(f"not an Article: {exc}") from None


def block_from_dict(data: Any, *, strict: bool = True) -> Block:
    """A body block from its dict shape (``block_to_dict``).

    >>> block_from_dict({"type": "table", "text": "", "rows": [["Team"], ["Lions"]], "header": True})
    Table(rows=(('Team',), ('Lions',)), header=True, spans=())
    """
    if not isinstance(data, dict):
        raise SerializationError("a body block is a JSON object")
    kind = data.get("type")
    if not isinstance(kind, str) or kind not in BLOCK_KEYS:
        raise SerializationError(f"unknown block type {kind!r:.40}")
    if strict:
        _check_keys(data, BLOCK_KEYS[kind], f"a {kind} block")
    text = str(data.get("text") or "")
    if kind == "figure":
        return Figure(
            _str(data, "src"), alt=_str(data, "alt"), caption=_str(data, "caption"), credit=_str(data, "credit"),
            width=_size(data, "width"), height=_size(data, "height"),
        )
    if kind == "embed":
        return Embed(_str(data, "url"), _str(data, "provider"), text)
    spans = _spans(data.get("spans"), strict)
    if kind == "paragraph":
        return Paragraph(text, spans=spans)
    if kind == "heading":
        return Heading(text, int(data.get("level") or 2), spans=spans)
    if kind == "list":
        items = data.get("items")
        return ListBlock(tuple(items) if items is not None else tuple(text.split("\n")), _bool(data, "ordered"), spans=spans)
    if kind == "quote":
        return Quote(text, spans=spans)
    if kind == "caption":
        return Caption(text, spans=spans)
    if kind == "standfirst":
        return Standfirst(text, spans=spans)
    rows = data.get("rows")
    if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
        raise SerializationError("a table block needs 'rows', a list of lists of strings")
    return Table(tuple(tuple(str(c) for c in r) for r in rows), header=_bool(data, "header"), spans=spans)


def _spans(value: Any, strict: bool) -> tuple[Span, ...]:
    """The spans of a block's ``"spans"`` (absent: none)."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise SerializationError(f"'spans' must be a list of objects, got {value!r:.80}")
    spans = []
    for item in value:
        if strict:
            _check_keys(item, SPAN_KEYS, "a span")
        start, end = item.get("start"), item.get("end")
        if not all(isinstance(n, int) and not isinstance(n, bool) for n in (start, end)):
            raise SerializationError(f"a span's 'start' and 'end' must be integers, got {item!r:.80}")
        spans.append(Span(start, end, str(item.get("kind")), _optional_str(item, "href")))
    return tuple(spans)


def _str(data: dict[str, Any], name: str) -> str:
    value = data.get(name, "")
    if isinstance(value, str):
        return value
    raise SerializationError(f"{name!r} must be a string, got {type(value).__name__}")


def _size(data: dict[str, Any], name: str) -> int | None:
    value = data.get(name)
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    raise SerializationError(f"{name!r} must be an integer or null, got {value!r:.40}")


def _check_version(version: Any) -> None:
    """Refuse a ``schema_version`` that is not one of ``READABLE_VERSIONS`` (``true`` is not 1)."""
    if isinstance(version, int) and not isinstance(version, bool) and version in READABLE_VERSIONS:
        return
    reads = " and ".join(map(str, READABLE_VERSIONS))
    newer = isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION
    why = (
        "the document was written by a newer articlekit; upgrade articlekit to read it" if newer
        else "it is not an articlekit Article document"
    )
    raise SerializationError(f"schema_version {version!r:.40} is not one this articlekit reads (it reads {reads}): {why}")


def _check_keys(data: dict[str, Any], known: frozenset[str], what: str) -> None:
    unknown = sorted(key for key in data if key not in known)
    if unknown:
        names = ", ".join(repr(key)[:60] for key in unknown[:10]) + (", ..." if len(unknown) > 10 else "")
        raise SerializationError(
            f"unknown key{'s' if len(unknown) > 1 else ''} in {what}: {names}; "
            "from_json(..., strict=False) ignores keys that are not the Article's"
        )


def _bool(data: dict[str, Any], name: str) -> bool:
    value = data.get(name, False)
    if isinstance(value, bool):
        return value
    raise SerializationError(f"{name!r} must be true or false, got {value!r:.40}")


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
