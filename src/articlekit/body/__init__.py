"""The generic body extractor: prune, find the story's container, turn it into blocks."""

from __future__ import annotations

import attrs
from lxml.html import HtmlElement

from ..model import Block, Heading
from .blocks import to_blocks
from .candidates import choose_containers
from .clean import tidy
from .prune import prune

__all__ = ["Body", "extract_body"]


@attrs.frozen
class Body:
    """The story's blocks, and its standfirst (dek) when one was set apart from them."""

    blocks: tuple[Block, ...] = ()
    lead: str | None = None


def extract_body(root: HtmlElement) -> Body:
    """The story's blocks, and the standfirst when the page marks one (it stays in the blocks
    too, once). Modifies ``root`` (pruning): run it after the metadata sources."""
    prune(root)
    containers = choose_containers(root)
    blocks, lead = to_blocks(containers)
    blocks = tidy(blocks)
    if all(isinstance(b, Heading) for b in blocks):
        # Headings alone are a listing's section titles, not a story.
        return Body()
    return Body(tuple(blocks), lead)
