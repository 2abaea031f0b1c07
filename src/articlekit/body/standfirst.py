"""The standfirst: the lead the page sets apart above the story, a block of its own."""

from __future__ import annotations

from ..model import Block, Paragraph, Standfirst


def with_standfirst(blocks: list[Block], lead: str | None) -> list[Block]:
    """The story's opening paragraphs that are the lead the page sets apart, as ``Standfirst``
    blocks (the lead element may hold a paragraph or two). Run after the clean-up, which judges
    paragraphs: a paywall line a template marks as its lead is dropped as a paragraph first."""
    if not lead:
        return blocks
    count = 0
    while count < len(blocks) and isinstance(blocks[count], Paragraph) and blocks[count].text in lead:
        count += 1
    if count == 0 or count == len(blocks):
        return blocks  # no lead paragraph, or nothing but the lead: a short page, kept as it is
    return [Standfirst(b.text, b.spans) for b in blocks[:count] if isinstance(b, Paragraph)] + blocks[count:]
