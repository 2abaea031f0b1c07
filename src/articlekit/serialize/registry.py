"""Serializers by name. The built-in table is read-only; a caller passes its own to add more.

Installed packages add serializers through the entry-point group ``articlekit.serializers``
(name -> a function ``Article -> str``). They are looked up only when a format is not built in,
and read once; a plugin that fails to load is skipped with a warning naming it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from functools import cache
from importlib import import_module
from types import MappingProxyType
from typing import cast

from ..errors import UnknownFormatError
from ..plugins import load_plugins
from ..model import Article

Serializer = Callable[[Article], str]
"""A serializer turns one Article into text.

>>> from articlekit import Article, serialize
>>> def headline_only(article: Article) -> str:
...     return article.headline or ""
>>> serialize(Article(headline="Rates held"), "headline", serializers={"headline": headline_only})
'Rates held'
"""



@cache
def _builtin(name: str) -> Serializer:
    """The built-in serializer ``to_<name>`` of module ``serialize.<name>``, imported on first use."""
    return cast(Serializer, getattr(import_module(f".{name}", __package__), f"to_{name}"))


class _Builtins(Mapping[str, Serializer]):
    """A read-only table whose serializers are imported when first looked up: importing
    ``articlekit`` does not load every format's module (see ``articlekit._lazy``)."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self._names = names

    def __getitem__(self, name: str) -> Serializer:
        if name not in self._names:
            raise KeyError(name)
        return _builtin(name)

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def __repr__(self) -> str:
        return f"SERIALIZERS({', '.join(self._names)})"


SERIALIZERS: Mapping[str, Serializer] = _Builtins(("json", "ndjson", "markdown", "text", "html", "jsonld"))
"""The built-in serializers by format name (read-only; pass your own table to ``serialize``).

>>> sorted(SERIALIZERS)
['html', 'json', 'jsonld', 'markdown', 'ndjson', 'text']
"""

ENTRY_POINT_GROUP = "articlekit.serializers"


@cache
def plugin_serializers() -> Mapping[str, Serializer]:
    """Serializers of installed plugins, loaded on first call; built-in names cannot be replaced."""
    return MappingProxyType(dict(load_plugins(ENTRY_POINT_GROUP, "serializer", _as_serializer, skip=SERIALIZERS)))


def _as_serializer(obj: object) -> Serializer:
    if not callable(obj):
        raise TypeError(f"a serializer is a function Article -> str; got {obj!r}")
    return cast(Serializer, obj)


def available_serializers() -> Mapping[str, Serializer]:
    """The built-in serializers and those of installed plugins."""
    return MappingProxyType({**plugin_serializers(), **SERIALIZERS})


def serialize(article: Article, format: str = "json", serializers: Mapping[str, Serializer] | None = None) -> str:
    """The Article in the named format: ``json`` (default), ``ndjson``, ``markdown``, ``text``,
    ``html``, ``jsonld``, or a plugin's format.

    >>> from articlekit import Article
    >>> print(serialize(Article(headline="Rates held"), "text"), end="")
    Rates held
    """
    table = serializers
    if table is None:
        # Plugins are only looked for when the format is not built in: no start-up cost.
        table = SERIALIZERS if format in SERIALIZERS else available_serializers()
    try:
        serializer = table[format]
    except KeyError:
        known = ", ".join(sorted(table))
        raise UnknownFormatError(f"unknown format {format!r}; known formats: {known}") from None
    return serializer(article)
