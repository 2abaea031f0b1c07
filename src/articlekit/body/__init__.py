"""The generic body extractor: prune, find the story's container, turn it into blocks."""

from __future__ import annotations

from lxml.html import HtmlElement

from ..model import Block, Heading
from .blocks import to_blocks
from .candidates import choose_containers
from .prune import prune

__all__ = ["extract_body"]


def extract_body(root: HtmlElement) -> tuple[Block, ...]:
    """The story's blocks. Modifies ``root`` (pruning): run it after the metadata sources."""
    prune(root)
    containers = choose_containers(root)
    blocks = to_blocks(containers)
    if all(isinstance(b, Heading) for b in blocks):
        # Headings alone are a listing's section titles, not a story.
        return ()
    return tuple(blocks)
