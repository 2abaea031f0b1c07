"""Serializers by name. The built-in table is read-only; a caller passes its own to add more."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from ..errors import UnknownFormatError
from ..model import Article
from .json import to_json
from .text import to_text

Serializer = Callable[[Article], str]
"""A serializer turns one Article into text."""

SERIALIZERS: Mapping[str, Serializer] = MappingProxyType({"json": to_json, "text": to_text})


def serialize(
    article: Article, format: str = "json", serializers: Mapping[str, Serializer] = SERIALIZERS
) -> str:
    """The Article in the named format (``json``, ``text``).

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
