"""The generic body extractor: prune, find the story's container, turn it into blocks."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs
from ..dom.tree import Element

from ..dom.text import clean_text
from ..model import Block, Heading, Paragraph
from .blocks import to_blocks
from .standfirst import with_standfirst
from .candidates import choose_containers
from .figures import Placed, place_figures
from .clean import tidy
from .prune import prune

__all__ = ["Body", "TreeFacts", "extract_body", "paragraphs_from_text"]


# Why a page gave no story: the reasons ``Article.not_article_reason`` carries.
NO_STORY_TEXT = "no element of the page holds paragraphs of story text"
LISTING = "section headings and links but no story paragraphs: a listing or home page"


@attrs.frozen
class Body:
    """The story's blocks, its standfirst (dek) when one was set apart from them, and the
    reason when there is no story."""

    blocks: tuple[Block, ...] = ()
    lead: str | None = None
    reason: str | None = None
    figures: tuple[Placed, ...] = ()
    """The story's pictures, to put in once the blocks are final (``place_figures``)."""

    def with_figures(self, blocks: Sequence[Block]) -> tuple[Block, ...]:
        """``blocks`` (this body's, or what became of them) with the story's figures in place."""
        return place_figures(blocks, self.figures, self.blocks[-1].text if self.blocks else None)


@attrs.frozen
class TreeFacts:
    """What an earlier walk over the same tree found for the body, so that it need not walk
    the whole tree again: the elements with a ``style`` or ``hidden`` attribute, and the
    length of the text directly inside each loose-text container (``LOOSE_TEXT_TAGS``)."""

    styled: Sequence[Element]
    loose_chars: Mapping[Element, int]


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
    *,
    facts: TreeFacts,
    authors: Sequence[str] = (),
    base: str | None = None,
) -> Body:
    """The story's blocks, and the standfirst when the page marks one (it stays in the blocks
    too, once). Modifies ``root`` (pruning): run it after the metadata sources.

    ``containers``: the story's containers when a site rule names them; the generic scoring
    chooses them otherwise. ``captions``: keep figure captions as ``Caption`` blocks.
    ``facts``: what the page index found for the body (``PageIndex.styled`` and ``loose_chars``).
    ``authors``: the names the metadata gives, so that a note on them closing the story goes.
    ``base``: the address links and pictures are read against (``inline.page_base``)."""
    prune(root, facts.styled)
    containers = list(containers) if containers else choose_containers(root, headline, facts.loose_chars)
    blocks, lead, bold_lines, figures = to_blocks(containers, captions, headline, base)
    blocks = tidy(blocks, authors)
    if bold_lines:
        blocks = [_as_heading(b) if b.text in bold_lines and isinstance(b, Paragraph) else b for b in blocks]
    blocks = with_standfirst(blocks, lead)
    if not blocks or all(isinstance(b, Heading) for b in blocks):
        # Headings alone are a listing's section titles, not a story.
        return Body(reason=LISTING if _is_listing(root) else NO_STORY_TEXT)
    return Body(tuple(blocks), lead, figures=tuple(figures))


# A paragraph set as a subheading has no level of its own: it is taken as the first level under
# the headline.
BOLD_LINE_LEVEL = 2


def _as_heading(paragraph: Paragraph) -> Block:
    return Heading(paragraph.text, BOLD_LINE_LEVEL, paragraph.spans)


# A page without a story that links to this many headline-sized texts is a listing of stories.
LISTING_MIN_TEASERS = 8
TEASER_TITLE_CHARS = 25


def _is_listing(root: Element) -> bool:
    teasers = 0
    for link in root.iter("a"):
        if sum(map(len, link.itertext())) >= TEASER_TITLE_CHARS:
            teasers += 1
            if teasers >= LISTING_MIN_TEASERS:
                return True
    return False
