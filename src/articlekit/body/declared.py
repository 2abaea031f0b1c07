"""Checking the story's edges against the body the page declares about itself.

Many pages copy the story's text into their JSON-LD (``articleBody``): the publisher's own
statement of what the story is, without the standfirst set above it, the disclaimer under it or
the author's box. When that copy is whole, a paragraph at either edge of the extracted body that
it lacks is page furniture the scoring took in with the story, and goes. Only the edges are
trimmed: a copy in plain text often leaves out what a story holds in its middle (an embedded
post, a table, a quotation set apart), so the middle is never judged by it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..model import Block, Caption, Heading, Standfirst

__all__ = ["trim_to_declared_body"]

_WORD = re.compile(r"\w+")
_TAG = re.compile(r"<[^>]*>")
# Characters a copy may keep inside words that the extracted text has dropped (soft hyphens,
# zero-width marks): they would split a word in two.
_INVISIBLE = ("\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
# Blocks are compared by their runs of this many words: long enough that a run shared by chance
# is rare, short enough that a paragraph reworded at one place still shares most of its runs.
RUN_WORDS = 4
# The copy is whole when it is this long at least, against the extracted body's text: a
# teaser's or a paywall's copy (the first paragraphs only) says nothing of the blocks it lacks.
WHOLE_COPY_SHARE = 0.8
# A copy that would take away this share of the extracted text or more is another story's (a
# live blog's JSON-LD may carry one entry; a page may declare a different story's body).
MAX_TRIMMED_SHARE = 0.5
# A block is in the copy when this share of its word runs are (a block shorter than a run must
# be there whole): punctuation and a rewording here and there make copies inexact.
BLOCK_IN_COPY_SHARE = 0.5


def trim_to_declared_body(blocks: Sequence[Block], declared: str | None) -> Sequence[Block]:
    """``blocks`` without the paragraphs, lists, quotes and tables at either edge that the page's
    own copy of the story (``declared``: JSON-LD ``articleBody``) lacks, when that copy is whole
    and of the same story. Trimming stops at a heading; captions and the standfirst (which copies
    leave out) are kept and passed over."""
    if not declared or not blocks:
        return blocks
    copy = _TAG.sub(" ", declared) if "<" in declared else declared
    total = sum(len(block.text) for block in blocks)
    if len(copy) < WHOLE_COPY_SHARE * total:
        return blocks
    # The copy's words, one space apart and between spaces: a run of words is in the copy when
    # its own text so joined is a substring (a C-level search, no set of runs to build).
    copy_text = f" {' '.join(_words(copy))} "

    def missing(block: Block) -> bool:
        return _share_in_copy(_words(block.text), copy_text) < BLOCK_IN_COPY_SHARE

    outside = _edge(blocks, range(len(blocks)), missing)
    outside |= _edge(blocks, range(len(blocks) - 1, -1, -1), missing)
    if not outside or sum(len(blocks[i].text) for i in outside) >= MAX_TRIMMED_SHARE * total:
        return blocks
    return [block for i, block in enumerate(blocks) if i not in outside]


def _edge(blocks: Sequence[Block], order: range, missing: Callable[[Block], bool]) -> set[int]:
    """The indexes of the blocks missing from the copy, from one edge inwards up to the first
    block found in it or the first heading."""
    found: set[int] = set()
    for i in order:
        block = blocks[i]
        if isinstance(block, (Caption, Standfirst)):
            continue  # a caption, and the lead the page sets apart, are never the copy's to judge
        if isinstance(block, Heading) or not missing(block):
            break
        found.add(i)
    return found


def _words(text: str) -> list[str]:
    for mark in _INVISIBLE:
        if mark in text:
            text = text.replace(mark, "")
    return _WORD.findall(text.casefold())


def _share_in_copy(words: list[str], copy_text: str) -> float:
    if not words:
        return 1.0  # nothing to judge: an empty block is never trimmed for it
    if f" {' '.join(words)} " in copy_text:
        return 1.0
    size = min(RUN_WORDS, len(words))
    runs = [f" {' '.join(words[i : i + size])} " for i in range(len(words) - size + 1)]
    return sum(run in copy_text for run in runs) / len(runs)
