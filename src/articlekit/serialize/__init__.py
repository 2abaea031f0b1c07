"""Writing Articles out (and reading JSON back): one module per format, a registry by name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports
from .registry import SERIALIZERS, Serializer, serialize

if TYPE_CHECKING:
    from .json import article_from_dict, article_to_dict, from_json, to_json

# Each format's module is imported on first use: see ``articlekit._lazy``.
__getattr__, __dir__ = lazy_exports(
    __name__,
    globals(),
    {"article_from_dict": ".json", "article_to_dict": ".json", "from_json": ".json", "to_json": ".json"},
)

__all__ = [
    "SERIALIZERS",
    "Serializer",
    "article_from_dict",
    "article_to_dict",
    "from_json",
    "serialize",
    "to_json",
]
