"""Metadata sources: one module per syntax, each turning the tree into field candidates.

A source never decides a field alone: it reports what it found, with its own name as the
provenance, and ``articlekit.fields`` chooses among the candidates.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..dom.tree import Element

from . import html as html_source
from . import datelines, jsonld, meta, microdata, opengraph
from . import url as url_source
from .candidate import Candidate, Candidates

__all__ = ["Candidate", "Candidates", "collect"]


def collect(root: Element, url: str | None, use_url: bool = True) -> Candidates:
    """Run every source over the page and gather their candidates, grouped by field."""
    found: list[Iterable[Candidate]] = [
        jsonld.candidates(root),
        opengraph.candidates(root),
        meta.candidates(root),
        microdata.candidates(root),
        html_source.candidates(root),
        datelines.candidates(root),
    ]
    if use_url and url:
        found.append(url_source.candidates(url))
    return Candidates.of(c for group in found for c in group)


