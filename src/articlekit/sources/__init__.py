"""Metadata sources: one module per syntax, each turning the page into field candidates.

A source never decides a field alone: it reports what it found, with its own name as the
provenance, and ``articlekit.fields`` chooses among the candidates. The sources read the
elements they need from one ``PageIndex``, built in a single walk over the tree.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..dom.tree import Element
from . import datelines, jsonld, meta, microdata, opengraph, sections
from . import html as html_source
from . import url as url_source
from .candidate import Candidate, Candidates
from .index import PageIndex, as_index

__all__ = ["Candidate", "Candidates", "PageIndex", "collect"]


def collect(
    page: Element | PageIndex, url: str | None, use_url: bool = True, max_jsonld_chars: int = jsonld.MAX_SCRIPT_CHARS
) -> Candidates:
    """Run every source over the page and gather their candidates, grouped by field."""
    index = as_index(page)
    found: list[Iterable[Candidate]] = [
        jsonld.candidates(index, max_jsonld_chars),
        opengraph.candidates(index),
        meta.candidates(index),
        microdata.candidates(index),
        html_source.candidates(index),
        datelines.candidates(index),
        sections.candidates(index, url if use_url else None, max_jsonld_chars),
    ]
    if use_url and url:
        found.append(url_source.candidates(url))
    return Candidates.of(c for group in found for c in group)
