"""Whether an element is hidden from the reader: by attribute, inline style, or a CSS
framework's utility class."""

from __future__ import annotations

import re
from functools import lru_cache

from .tree import Element

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

# Utility classes that mean "display: none" in the common CSS frameworks (Bootstrap's
# "d-none" and "hide", Tailwind's and Foundation's "hidden", Bulma's "is-hidden").
HIDING_CLASSES = frozenset({"hidden", "d-none", "hide", "is-hidden"})
# Classes that keep text for screen readers only, off the screen ("Opens in a new tab", an icon's
# label, "Expand box"): Bootstrap's and Tailwind's "sr-only", WordPress's "screen-reader-text",
# Foundation's "show-for-sr", and the "visually hidden" idiom under its usual names.
SCREEN_READER_CLASSES = frozenset({
    "sr-only", "screen-reader-text", "screen-reader-only", "screenreader-only", "show-for-sr",
    "visually-hidden", "visuallyhidden", "u-visually-hidden", "is-visually-hidden", "h-offscreen",
    "offscreen", "is-offscreen", "a11y-hidden", "element-invisible",
})
HIDING_OR_SCREEN_READER_CLASSES = HIDING_CLASSES | SCREEN_READER_CLASSES
# A hiding class next to a responsive one shows the element again at some screen size
# ("hidden md:block", "d-none d-lg-flex"): a desktop reader sees it. A responsive class holds a
# colon (Tailwind's "md:block") or opens with one of these (Bootstrap's).
REVEALING_OPENINGS = ("d-sm-", "d-md-", "d-lg-", "d-xl-", "d-xxl-", "visible-")


@lru_cache(maxsize=4096)
def hides_by_class(value: str) -> bool:
    """Whether a class attribute's value hides its element on every screen size.

    >>> hides_by_class("intro-body__premium hidden"), hides_by_class("hidden md:block")
    (True, False)
    """
    words = value.split()
    if HIDING_OR_SCREEN_READER_CLASSES.isdisjoint(words):
        return False
    return not any(":" in word or word.startswith(REVEALING_OPENINGS) for word in words)


def is_hidden(el: Element) -> bool:
    """Whether the element is hidden by a ``hidden`` attribute, its inline style or its class."""
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    if style is not None and _HIDDEN_STYLE.search(style) is not None:
        return True
    value = el.get("class")
    return value is not None and hides_by_class(value)
