"""The URL path: a date (``/2024/05/03/``) and a first segment that may name the section."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from .candidate import Candidate

SOURCE = "url"

_DATE_IN_PATH = re.compile(r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|$|[-_])")
_SECTION_SEGMENT = re.compile(r"^[a-z][a-z-]{1,29}$")
# First path segments that say what kind of page it is, not which section it belongs to.
_NOT_SECTIONS = frozenset(
    "article articles story stories news post posts p a amp www index html en de fr es it "
    "content view item doc id node live video videos artikel articolo articulo noticia noticias "
    "nachrichten".split()
)


def candidates(url: str) -> Iterator[Candidate]:
    try:
        path = urlsplit(url).path
    except ValueError:
        return
    match = _DATE_IN_PATH.search(path)
    if match:
        year, month, day = (int(g) for g in match.groups())
        yield Candidate("published", f"{year:04d}-{month:02d}-{day:02d}", SOURCE)
    segments = [s for s in path.split("/") if s]
    if len(segments) >= 2 and _SECTION_SEGMENT.match(segments[0]) and segments[0] not in _NOT_SECTIONS:
        yield Candidate("section", segments[0].replace("-", " ").title(), SOURCE)
