"""Telling a picture's caption from the story's text.

A ``<figure>`` says what it is. Many templates set a picture and its caption in plain
``<div>``s instead ("<div class="media"><picture>...</picture><p class="infotext">Firefighters
in Essen</p></div>"), between the story's paragraphs; walked as text, the caption reads as a
paragraph of the story. So does a video's teaser, or a quoted expert's portrait with the quote.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..dom.text import element_text, short_text
from ..dom.tree import Element
from ..model import Block, Embed, Figure
from .embeds import EMBED_TAG, embed_of
from .hints import hint_words
from .inline import link_target

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


# ---------------------------------------------------------------- figures as blocks

# The attributes lazy-loading scripts keep a picture's real address in, best first; ``src``
# then often holds a placeholder (a grey pixel as a data: URI, "lazy.gif").
_LAZY_SOURCES = ("data-src", "data-lazy-src", "data-original", "data-url", "data-lazy", "data-full-src")
_LAZY_SRCSETS = ("data-srcset", "data-lazy-srcset", "srcset")
# A picture this small (a side in pixels, as the page gives it) is an icon, a spacer or a tracking
# pixel, not a figure of the story.
MIN_FIGURE_SIDE = 60
# Class words of pictures that are not figures: emoji set as images, icons, authors' portraits.
NOT_FIGURE_WORDS = frozenset({"emoji", "wp-smiley", "icon", "avatar", "logo", "spinner", "pixel", "tracking"})
CREDIT_WORDS = frozenset({"credit", "credits", "copyright", "photographer", "source", "byline"})


def _is_address(value: str | None) -> bool:
    return bool(value) and not value.lstrip().lower().startswith(("data:", "javascript:", "about:"))  # type: ignore[union-attr]


def srcset_candidates(value: str) -> list[tuple[str, float]]:
    """The (address, size) candidates of a ``srcset``, read as HTML reads them: an address is
    a run without white space (commas may be inside it: "fetch/w_36,h_36/x.jpg"), its
    descriptor (``480w``, ``2x``; a density counts a thousand widths) runs to the next comma.

    >>> srcset_candidates("a.jpg 480w, b.jpg 1080w, c,d.jpg 2x")
    [('a.jpg', 480.0), ('b.jpg', 1080.0), ('c,d.jpg', 2000.0)]
    """
    found: list[tuple[str, float]] = []
    address: str | None = None
    descriptor = ""
    for token in value.split():
        if address is None:
            token = token.lstrip(",")
            if token.endswith(","):
                found.append((token.rstrip(","), 0.0))  # an address without a descriptor
            elif token:
                address, descriptor = token, ""
            continue
        part, comma, rest = token.partition(",")
        descriptor = part or descriptor
        if not comma:
            continue
        found.append((address, _candidate_size(descriptor)))
        address = None
        rest = rest.lstrip(",")
        if rest.endswith(","):
            found.append((rest.rstrip(","), 0.0))
        elif rest:
            address, descriptor = rest, ""
    if address is not None:
        found.append((address, _candidate_size(descriptor)))
    return found


def _candidate_size(descriptor: str) -> float:
    number = descriptor[:-1]
    if descriptor[-1:] in ("w", "x") and number.replace(".", "", 1).isdigit():
        return float(number) * (1000.0 if descriptor.endswith("x") else 1.0)
    return 0.0


def _largest_in_srcset(value: str) -> str | None:
    """The candidate with the largest width (``480w``) or density (``2x``) in a ``srcset``."""
    best: tuple[float, str] | None = None
    for address, size in srcset_candidates(value):
        if _is_address(address) and (best is None or size > best[0]):
            best = (size, address)
    return best[1] if best else None


def image_address(img: Element) -> str | None:
    """The picture's address as the page means it: the largest ``srcset`` candidate, a lazy-
    loading attribute's, then ``src``; None when it has only a placeholder (a data: URI)."""
    for name in _LAZY_SRCSETS:
        value = img.get(name)
        if value and (found := _largest_in_srcset(value)):
            return found
    picture = img.getparent()
    if picture is not None and picture.tag == "picture":
        for source in picture.iter("source"):
            value = source.get("srcset") or source.get("data-srcset")
            if value and (found := _largest_in_srcset(value)):
                return found
    for name in (*_LAZY_SOURCES, "src"):
        value = img.get(name)
        if _is_address(value):
            return value.strip()  # type: ignore[union-attr]
    return None


def _side(value: str | None) -> int | None:
    if not value:
        return None
    digits = value.strip().removesuffix("px")
    return int(digits) if digits.isdigit() and len(digits) < 6 else None


def figure_of(img: Element, base: str | None, caption: str = "", credit: str = "") -> Figure | None:
    """The ``Figure`` of one ``<img>``, or None for a picture that is not one of the story's (an
    icon, a tracking pixel, an emoji, a placeholder without an address)."""
    value = img.get("class")
    if value and not hint_words(value).isdisjoint(NOT_FIGURE_WORDS):
        return None
    width, height = _side(img.get("width")), _side(img.get("height"))
    if (width is not None and width < MIN_FIGURE_SIDE) or (height is not None and height < MIN_FIGURE_SIDE):
        return None
    address = image_address(img)
    src = link_target(address, base) if address else None
    if src is None or src.startswith("mailto:"):
        return None
    alt = " ".join((img.get("alt") or "").split())
    return Figure(src, alt=alt, caption=caption, credit=credit, width=width, height=height)


def figures_in(el: Element, base: str | None, caption: str = "", credit: str = "") -> list[Figure | Embed]:
    """The figures of the pictures under ``el`` (the caption and credit go with the first),
    and the embeds of the frames marked there (``embeds.mark_embeds``), in order."""
    found: list[Figure | Embed] = []
    for media in el.iter("img", EMBED_TAG):
        item: Figure | Embed | None
        if media.tag == EMBED_TAG:
            item = embed_of(media)
        else:
            item = figure_of(media, base, caption if not found else "", credit if not found else "")
        if item is not None:
            found.append(item)
    return found


def credit_in(el: Element) -> str:
    """The credit line set apart inside a figure or its caption ("<span class="credit">")."""
    for child in el.iter("span", "small", "cite", "p", "div"):
        value = child.get("class")
        if child is not el and value and not hint_words(value).isdisjoint(CREDIT_WORDS):
            return element_text(child)
    return ""


Placed = tuple[tuple[str, ...], Figure | Embed]
"""A figure and the texts of the blocks it stands before, the one it preceded first (several
for a picture that opens the story: the first of them the tidying keeps takes it); none: after
the story's last block."""

# A picture that opens the story goes before the first of this many opening blocks that stays
# (a kicker or a dateline line above the story's first paragraph may be tidied away).
MAX_LEAD_ANCHORS = 4


def place_figures(blocks: Sequence[Block], figures: Sequence[Placed], last: str | None) -> tuple[Block, ...]:
    """The blocks with the figures put where they stood: before the block they preceded in the
    story, or after its last block (``last``: that block's text) when they closed it. A figure
    whose neighbour was left out (furniture, a teaser) goes with it; one that opened the story
    goes before its first kept block."""
    if not figures:
        return tuple(blocks)
    texts = {block.text for block in blocks}
    before: dict[str, list[Figure | Embed]] = {}
    closing: list[Figure | Embed] = []
    for anchors, figure in figures:
        if not anchors:
            closing.append(figure)
            continue
        anchor = next((text for text in anchors if text in texts), None)
        if anchor is not None:
            before.setdefault(anchor, []).append(figure)
    placed: list[Block] = []
    seen: set[str] = set()
    for block in blocks:
        if block.text in before and block.text not in seen:
            seen.add(block.text)
            placed.extend(before[block.text])
        placed.append(block)
    if closing and blocks and blocks[-1].text == last:
        placed.extend(closing)
    return tuple(placed)
