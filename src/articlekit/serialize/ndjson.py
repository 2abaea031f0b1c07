"""NDJSON: the JSON contract on one line, newline-terminated, for streams of articles."""

from __future__ import annotations

from ..model import Article
from .json import to_json


def to_ndjson(article: Article) -> str:
    """One compact JSON object and a newline: concatenate the output of many articles."""
    return to_json(article, indent=None) + "\n"
