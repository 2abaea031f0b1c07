"""Writing Articles out (and reading JSON back): one module per format, a registry by name."""

from __future__ import annotations

from .json import article_from_dict, article_to_dict, from_json, to_json
from .registry import SERIALIZERS, Serializer, serialize

__all__ = [
    "SERIALIZERS",
    "Serializer",
    "article_from_dict",
    "article_to_dict",
    "from_json",
    "serialize",
    "to_json",
]
