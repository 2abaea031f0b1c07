"""What a source reports: a value for a field, and which source saw it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs

Value = str | tuple[str, ...]


@attrs.frozen
class Candidate:
    """One source's value for one field (``value`` is raw text, or names for ``authors``)."""

    field: str
    value: Value
    source: str
    where: str = ""
    """Where within its source the value was found, when that says how far to believe it (a
    printed date: "label", "byline", "under headline", "over headline", "date class")."""


@attrs.frozen
class Candidates:
    """All candidates of a page, in the order the sources reported them."""

    items: tuple[Candidate, ...] = ()
    _by_field: dict[str, list[Candidate]] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # The merge asks for each field in turn: group once instead of scanning every time.
        by_field: dict[str, list[Candidate]] = {}
        for candidate in self.items:
            by_field.setdefault(candidate.field, []).append(candidate)
        object.__setattr__(self, "_by_field", by_field)

    @classmethod
    def of(cls, items: Iterable[Candidate]) -> Candidates:
        """The candidates with a value, each within its field's cap (``limits``)."""
        from .limits import within_cap  # limits builds on Candidate

        capped = (within_cap(c) for c in items if c.value)
        return cls(tuple(c for c in capped if c is not None))

    def for_field(self, field: str) -> list[Candidate]:
        return list(self._by_field.get(field, ()))

    def texts(self, field: str) -> list[tuple[str, str]]:
        """(value, source) for every plain-text candidate of ``field``."""
        return [(c.value, c.source) for c in self._by_field.get(field, ()) if isinstance(c.value, str)]


def joined_authors(authors: dict[str, list[str]], source: str) -> Iterator[Candidate]:
    """One author candidate per tag name: a page credits each of several authors in a tag of its
    own (``<meta name="citation_author">`` once per author), and together they are the byline."""
    from .limits import fits_author  # limits builds on Candidate

    for values in authors.values():
        # Each tag is one name or byline: one too long to be either is left out before joining.
        kept = [v for v in values if fits_author(v)]
        if kept:
            yield Candidate("author_text", "; ".join(dict.fromkeys(kept)), source)
