"""Valid text: every string that enters an Article is cleaned on the way in.

The converters of the classes in ``articlekit.model`` (``valid_fields``) make each string valid
Unicode text that any output can encode, so no serializer has to think about it. This module
imports nothing else of ours.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import attrs

# ---------------------------------------------------------------- valid text
#
# Every string that enters an Article, from whatever source (the pipeline, a site rule,
# ``from_json``, a caller), is valid Unicode text that any output can encode: it is cleaned
# by the converters of the classes below, so no serializer has to think about it.

_LINE_BREAKS = "\n\x0b\x0c\r\x1c\x1d\x1e\x85\u2028\u2029"
"""The characters ``str.splitlines`` breaks at (``\\r\\n`` is made one ``\\n`` first)."""
_SPACES = "\t\x1f"
"""The other white-space controls."""
_CONTROLS = [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]
"""C0, DEL and C1: the ones that are neither line breaks nor spaces are dropped."""
_NONCHARACTERS = [*range(0xFDD0, 0xFDF0), *(plane << 16 | low for plane in range(17) for low in (0xFFFE, 0xFFFF))]
"""Code points Unicode reserves as never being text: written as U+FFFD."""
_SURROGATES = "\ud800-\udfff"
"""Half of a UTF-16 pair each: alone (``"\\ud800"`` from JSON), not text; UTF-8 cannot hold it."""
_ASTRAL = "\U00010000-\U0010ffff"
"""Beyond the BMP: emoji, rare scripts, and 34 noncharacters."""


def _table(breaks: str, spaces: str) -> dict[str, str]:
    table = {chr(code): "" for code in _CONTROLS}
    table.update({c: breaks for c in _LINE_BREAKS})
    table.update({c: spaces for c in _SPACES})
    table.update({chr(code): "\ufffd" for code in _NONCHARACTERS})
    return table


# character -> what it becomes; ``\n`` and ``\t`` stay in text with lines.
_TO_ONE_LINE = _table(" ", " ")
_TO_LINES = {**_table("\n", " "), "\n": "\n", "\t": "\t"}


def _pattern(table: dict[str, str]) -> re.Pattern[str]:
    """One character class: what ``table`` changes in the BMP, the surrogates, and every astral
    character. Astral text is rare and is looked at one character at a time; listing the 34
    astral noncharacters in the class instead would make every search ten times slower."""
    changed = "".join(re.escape(c) for c, to in table.items() if to != c and c < "\U00010000")
    return re.compile(f"[{changed}{_SURROGATES}{_ASTRAL}]")


_ODD_ONE_LINE = _pattern(_TO_ONE_LINE)
_ODD_LINES = _pattern(_TO_LINES)
_SURROGATE = re.compile(f"[{_SURROGATES}]")


def valid_text(text: str, lines: bool = False) -> str:
    """``text`` as valid Unicode with no control characters: a lone surrogate or a
    noncharacter becomes U+FFFD (a surrogate pair the character it encodes), a line break or
    white-space control a space, other controls are dropped. With ``lines``, ``\\n`` (the
    line break every other one becomes) and ``\\t`` are kept. Clean text is returned as it is.

    >>> valid_text("Rates\\x00 held\\r\\nagain\\ud800")
    'Rates held again\ufffd'
    >>> valid_text("Rates\\r\\nheld\\x85\\tagain", lines=True)
    'Rates\\nheld\\n\\tagain'
    """
    odd = _ODD_LINES if lines else _ODD_ONE_LINE
    # Printable text (no controls, separators, surrogates, unassigned code points) is the
    # common case and the quickest test; the search settles the rest (line breaks, NBSP ...).
    if text.isprintable() or odd.search(text) is None:
        return text
    if _SURROGATE.search(text) is not None:
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    table = _TO_LINES if lines else _TO_ONE_LINE
    return odd.sub(lambda found: table.get(found[0], found[0]), text.replace("\r\n", "\n"))


def _valid(value: Any, lines: bool) -> Any:
    """``value`` with every string in it (in tuples too, at any depth) made ``valid_text``."""
    if isinstance(value, str):
        return valid_text(value, lines)
    if isinstance(value, tuple):
        return tuple(_valid(item, lines) for item in value)
    return value


LINES: Mapping[str, bool] = {"lines": True}
"""Field metadata: the field's text keeps line breaks (as ``\\n``) and tabs."""


def _cleaning(convert: Callable[[Any], Any] | attrs.Converter[Any, Any] | None, lines: bool) -> Callable[[Any], Any]:
    """The field's converter, then the cleaning; then the converter again, so that what it
    ensures (sorted, unique keys) holds for the cleaned strings too. Converters are idempotent."""
    if isinstance(convert, attrs.Converter):
        raise TypeError("the fields of an Article take plain functions as converters")
    if convert is None:
        return lambda value: _valid(value, lines)
    return lambda value: convert(_valid(convert(value), lines))


def valid_fields(cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    """The ``field_transformer`` of every class here: the value of each field whose type has
    ``str`` in it is cleaned on the way in (one line, unless the field's metadata is ``LINES``).
    Other fields (dates, the body's blocks, which are clean already) are left alone."""
    return [
        field.evolve(converter=_cleaning(field.converter, bool(field.metadata.get("lines"))))
        if _STR_TYPE.search(str(field.type)) else field
        for field in fields
    ]


# ``str`` in a field's annotation, as a string ("tuple[str, ...]") or as a type (<class 'str'>).
_STR_TYPE = re.compile(r"\bstr\b")
