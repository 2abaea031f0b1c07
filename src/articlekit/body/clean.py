"""Tidying the walked blocks: where the story ends, and furniture left at its edges.

The walk keeps what the container holds; these rules look at the blocks as a whole: a heading
such as "Related" or "You may also like" near the end starts what follows the story, and short
lines at either edge ("Text size", "November 20", "Breaking News") are page furniture, while the
same short lines between paragraphs are kept (they may be a subheading-like line of the story).
"""

from __future__ import annotations

import re

from ..model import Block, Heading, Paragraph
from .hints import END_OF_STORY_HEADINGS, fold

# A line this short (in characters, so that it holds for scripts without spaces) and without a
# sentence's end is a label, not story text.
MAX_LABEL_CHARS = 40
_SENTENCE_END = re.compile(r"[.!?:;\"”»)…。！？」』]\s*$")
# An end-of-story heading is believed when less than this share of the text follows it: a
# "Related" box early in the page is more likely an inline aside inside a long story.
MAX_SHARE_AFTER_END = 0.5


_END_HEADINGS = frozenset(END_OF_STORY_HEADINGS)
_END_HEADING_OPENINGS = tuple(phrase + " " for phrase in END_OF_STORY_HEADINGS)


def _is_end_heading(block: Block) -> bool:
    if not isinstance(block, (Heading, Paragraph)) or len(block.text) > 60:
        return False
    folded = fold(block.text)
    return folded in _END_HEADINGS or folded.startswith(_END_HEADING_OPENINGS)


def _is_label(block: Block) -> bool:
    if isinstance(block, Heading):
        return True
    if not isinstance(block, Paragraph):
        return False
    text = block.text.strip()
    return len(text) <= MAX_LABEL_CHARS and not _SENTENCE_END.search(text)


def cut_at_end_of_story(blocks: list[Block]) -> list[Block]:
    """Drop an end-of-story heading and everything after it, when it sits near the end."""
    total = sum(len(b.text) for b in blocks) or 1
    seen = 0
    for index, block in enumerate(blocks):
        if index > 0 and _is_end_heading(block) and (total - seen) / total < MAX_SHARE_AFTER_END:
            return blocks[:index]
        seen += len(block.text)
    return blocks


def trim_edges(blocks: list[Block]) -> list[Block]:
    """Drop label-like lines before the first and after the last real paragraph."""
    start, end = 0, len(blocks)
    while start < end and _is_label(blocks[start]) and not isinstance(blocks[start], Heading):
        start += 1
    while end > start and _is_label(blocks[end - 1]):
        end -= 1
    return blocks[start:end]


# "By Jane Doe", "Von Nina Weber": a byline line set among the paragraphs.
_BYLINE_LINE = re.compile(r"^(?:by|von|par|por|door|di|av|af|de)\s+\S", re.IGNORECASE)
MAX_BYLINE_LINE_CHARS = 60


def _is_byline_line(block: Block) -> bool:
    if not isinstance(block, Paragraph):
        return False
    text = block.text.strip()
    return len(text) <= MAX_BYLINE_LINE_CHARS and bool(_BYLINE_LINE.match(text)) and not _SENTENCE_END.search(text)


def drop_byline_lines(blocks: list[Block]) -> list[Block]:
    """Leave out byline lines wherever the template set them among the paragraphs."""
    return [b for b in blocks if not _is_byline_line(b)]


def tidy(blocks: list[Block]) -> list[Block]:
    """The blocks with the story's end found, byline lines dropped and its edges trimmed."""
    return trim_edges(drop_byline_lines(cut_at_end_of_story(blocks)))
