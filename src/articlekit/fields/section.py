"""The section a story is filed under ("World", "Politik"), cleaned to a display name."""

from __future__ import annotations

from ..dom.text import clean_text

# A section is a label; anything longer is a headline or a list of tags.
MAX_SECTION_CHARS = 40


def clean_section(value: str) -> str:
    """A display name: the first of a comma/slash list, trimmed; an empty string when unfit.

    >>> clean_section("news > world")
    'news > world'
    >>> clean_section("World, Middle East")
    'World'
    """
    text = clean_text(value).split(",")[0].strip(" /|")
    if not text or len(text) > MAX_SECTION_CHARS or text.startswith(("http://", "https://")):
        return ""
    return text
