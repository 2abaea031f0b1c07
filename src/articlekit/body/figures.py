"""Telling a picture's caption from the story's text.

A ``<figure>`` says what it is. Many templates set a picture and its caption in plain
``<div>``s instead ("<div class="media"><picture>...</picture><p class="infotext">Firefighters
in Essen</p></div>"), between the story's paragraphs; walked as text, the caption reads as a
paragraph of the story. So does a video's teaser, or a quoted expert's portrait with the quote.
"""

from __future__ import annotations

from collections.abc import Callable

from ..dom.text import short_text
from ..dom.tree import Element
from .hints import hint_words

# A caption is a line or two. A longer text beside a picture is the story's, set around it.
MAX_CAPTION_CHARS = 250
# A caption has words: a lone number by a picture is a rating or a counter, a lone word a label.
MIN_CAPTION_WORDS = 2
# A picture's box that holds this share of the story's text is the story (a brief with its
# photo), not a caption beside it.
MAX_CAPTION_SHARE = 0.5
# Structure a caption never has: subheadings or lists make the box an item of a listicle or a
# product card, whose text the story is.
_NOT_IN_A_CAPTION = ("h2", "h3", "h4", "h5", "h6", "ul", "ol")


def is_caption(el: Element) -> bool:
    """A caption marked as one: ``<figcaption>`` or a class word "caption"."""
    if el.tag == "figcaption":
        return True
    value = el.get("class")
    return value is not None and "caption" in hint_words(value)


def is_captioned_picture(el: Element, container_chars: Callable[[], int]) -> bool:
    """Whether an element is a figure in all but name: one picture and one short text beside it.

    Items of a series (a gallery of products, a grid of cards, a listicle's entries) have the
    same shape but are what the page is about, so a box whose neighbour is another picture
    with text is not taken for a caption; nor is one with more than a paragraph of text.
    ``container_chars``: the length of the story's text, asked for only when a box qualifies.
    """
    # Most boxes hold no picture: that C-level search goes first, the text is read only after.
    pictures = el.iter("img")
    if next(pictures, None) is None or next(pictures, None) is not None:
        return False
    text = short_text(el, MAX_CAPTION_CHARS)
    if not text or len(text.split()) < MIN_CAPTION_WORDS or not any(c.isalpha() for c in text):
        return False
    if sum(1 for _ in el.iter("p")) > 1:
        return False
    if next(el.iter(*_NOT_IN_A_CAPTION), None) is not None:
        return False
    if _in_a_series(el):
        return False
    return len(text) < MAX_CAPTION_SHARE * container_chars()


def _in_a_series(el: Element) -> bool:
    # Climb out of wrappers that hold nothing else, so the box's neighbours are compared.
    box = el
    while (parent := box.getparent()) is not None and len(parent) == 1:
        box = parent
    return any(
        neighbour is not None and isinstance(neighbour.tag, str) and _holds_picture_and_text(neighbour)
        for neighbour in (box.getprevious(), box.getnext())
    )


def _holds_picture_and_text(el: Element) -> bool:
    return el.find(".//img") is not None and any(piece.strip() for piece in el.itertext())
