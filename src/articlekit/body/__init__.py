"""The generic body extractor: prune, find the story's container, turn it into blocks."""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from ..dom.tree import Element

from ..dom.text import clean_text
from ..model import Block, Heading, Paragraph
from .blocks import to_blocks
from .candidates import choose_containers
from .clean import tidy
from .prune import prune

__all__ = ["Body", "extract_body", "paragraphs_from_text"]


@attrs.frozen
class Body:
    """The story's blocks, and its standfirst (dek) when one was set apart from them."""

    blocks: tuple[Block, ...] = ()
    lead: str | None = None


def paragraphs_from_text(text: str) -> tuple[Block, ...]:
    """Paragraph blocks from plain text (blank lines, or else line breaks, separate them)."""
    parts = text.split("\n\n") if "\n\n" in text else text.split("\n")
    cleaned = (clean_text(p) for p in parts)
    return tuple(Paragraph(p) for p in cleaned if p)


def extract_body(
    root: Element,
    headline: str | None = None,
    containers: Sequence[Element] | None = None,
    captions: bool = False,
) -> Body:
    """The story's blocks, and the standfirst when the page marks one (it stays in the blocks
    too, once). Modifies ``root`` (pruning): run it after the metadata sources.

    ``containers``: the story's containers when a site rule names them; the generic scoring
    chooses them otherwise. ``captions``: keep figure captions as ``Caption`` blocks."""
    prune(root)
    containers = list(containers) if containers else choose_containers(root, headline)
    blocks, lead = to_blocks(containers, captions)
    blocks = tidy(blocks)
    if all(isinstance(b, Heading) for b in blocks):
        # Headings alone are a listing's section titles, not a story.
        return Body()
    return Body(tuple(blocks), lead)
