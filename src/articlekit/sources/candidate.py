"""What a source reports: a value for a field, and which source saw it."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

Value = str | tuple[str, ...]


@attrs.frozen
class Candidate:
    """One source's value for one field (``value`` is raw text, or names for ``authors``)."""

    field: str
    value: Value
    source: str


@attrs.frozen
class Candidates:
    """All candidates of a page, in the order the sources reported them."""

    items: tuple[Candidate, ...] = ()

    @classmethod
    def of(cls, items: Iterable[Candidate]) -> Candidates:
        return cls(tuple(c for c in items if c.value))

    def for_field(self, field: str) -> list[Candidate]:
        return [c for c in self.items if c.field == field]

    def texts(self, field: str) -> list[tuple[str, str]]:
        """(value, source) for every plain-text candidate of ``field``."""
        return [(c.value, c.source) for c in self.items if c.field == field and isinstance(c.value, str)]
