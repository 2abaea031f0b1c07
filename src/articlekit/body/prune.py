"""Removing what is never story text before anything is scored.

Only elements that cannot hold the story go here (scripts, forms' controls, navigation,
hidden elements): decisions that need the text's shape are made later, in ``candidates`` and
``blocks``.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..dom.tree import Element, drop, strip_named
from ..dom.visibility import is_hidden


# Tags whose content is never story text.
JUNK_TAGS = frozenset(
    """
    script style noscript template svg math iframe frame frameset object embed canvas video
    audio map input option dialog head
    """.split()
)
# Page furniture and form controls by their tag, dropped unless they hold story-sized prose:
# broken markup (an unclosed <aside> or <button>) sometimes swallows the whole story.
FURNITURE_TAGS = frozenset({"nav", "footer", "aside", "button", "select", "textarea", "label"})
# That many long paragraphs inside a furniture tag mean it has swallowed the story.
SWALLOWED_PARAGRAPHS = 3
SWALLOWED_PARAGRAPH_CHARS = 80


def prune(root: Element, styled: Sequence[Element]) -> None:
    """Drop junk and hidden subtrees from the tree in place (their tails are kept).

    ``styled``: the elements with a ``style`` or ``hidden`` attribute or a hiding class, as the
    page index found them (``PageIndex.styled``): the only ones that can be hidden."""
    # Removed in C, keeping the text that follows each element. (An HTML tree has no entity
    # nodes, and the parser drops processing instructions.)
    strip_named(root, sorted(JUNK_TAGS))
    doomed = [
        el for el in root.iter(*FURNITURE_TAGS)
        if _is_page_footer(el) or (not _holds_story(el) and not _is_quote_attribution(el))
    ]
    # Hidden wrappers that hold the story are revealed by scripts on load.
    doomed += [el for el in styled if is_hidden(el) and not _holds_story(el)]
    for el in doomed:
        drop(el)


def _is_page_footer(el: Element) -> bool:
    """The page's own footer, a ``<footer>`` right under ``<body>``: what it holds (an "About
    us" text, the publisher's address) follows every page of the site, and markup left unclosed
    above it cannot put the story inside it, as the story comes before it."""
    parent = el.getparent()
    return el.tag == "footer" and parent is not None and parent.tag == "body"


def _is_quote_attribution(el: Element) -> bool:
    """A <footer> inside a <blockquote> names who is quoted: the quotation's, not the page's."""
    parent = el.getparent()
    return el.tag == "footer" and parent is not None and parent.tag == "blockquote"


def _holds_story(el: Element) -> bool:
    long_paragraphs = 0
    for paragraph in el.iter("p"):
        if sum(map(len, paragraph.itertext())) >= SWALLOWED_PARAGRAPH_CHARS:
            long_paragraphs += 1
            if long_paragraphs >= SWALLOWED_PARAGRAPHS:
                return True
    return False


