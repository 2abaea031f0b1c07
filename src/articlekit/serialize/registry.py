"""Serializers by name. The built-in table is read-only; a caller passes its own to add more."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from ..errors import UnknownFormatError
from ..model import Article
from .html import to_html
from .json import to_json
from .jsonld import to_jsonld
from .markdown import to_markdown
from .ndjson import to_ndjson
from .text import to_text

Serializer = Callable[[Article], str]
"""A serializer turns one Article into text."""

SERIALIZERS: Mapping[str, Serializer] = MappingProxyType(
    {
        "json": to_json,
        "ndjson": to_ndjson,
        "markdown": to_markdown,
        "text": to_text,
        "html": to_html,
        "jsonld": to_jsonld,
    }
)


def serialize(
    article: Article, format: str = "json", serializers: Mapping[str, Serializer] = SERIALIZERS
) -> str:
    """The Article in the named format: ``json`` (default), ``ndjson``, ``markdown``, ``text``,
    ``html`` or ``jsonld``.

    >>> from articlekit import Article
    >>> print(serialize(Article(headline="Rates held"), "text"), end="")
    Rates held
    """
    try:
        serializer = serializers[format]
    except KeyError:
        known = ", ".join(sorted(serializers))
        raise UnknownFormatError(f"unknown format {format!r}; known formats: {known}") from None
    return serializer(article)
