"""Whether a subtree inside the story's container is page furniture.

Its class and id words say so (a newsletter box, a share bar, a teaser card), unless it holds
the story itself: a box whose markup was left unclosed swallows the rest of the story, and a
weakly named wrapper ("sidebar-grid") may be the story's own layout.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from ..dom.text import element_text, text_length
from ..dom.tree import Element, class_and_id
from .candidates import MAX_VOTING_LINK_DENSITY, STATE_WORDS, link_density, names_unlikely, words_score
from .hints import HINT_CACHE_SIZE, POSITIVE_WORDS, POST_CLASSES, STRONG_NEGATIVE_WORDS, hint_words, leading_word

__all__ = ["is_furniture"]

# Subtrees that are neither paragraphs nor obviously furniture, but carry a negative hint, are
# dropped when they hold less than this share of the container's text.
SMALL_SUBTREE_SHARE = 0.25


def is_furniture(el: Element, container_chars: Callable[[], int]) -> bool:
    """Whether a subtree inside the story's container is page furniture, by its tag and its
    class and id words, weighed against how much of the container's text (``container_chars``,
    measured only when asked) it holds."""
    if el.tag == "article":
        # A small <article> inside the story is a teaser card or an embedded post, unless it
        # holds prose or little of its text is links (templates that set each section of a
        # story in its own <article>). A card of another post ("hentry", "type-post": a
        # blog's cards) is a teaser however it links.
        length = text_length(el)
        if length / container_chars() >= SMALL_SUBTREE_SHARE or _holds_prose(el):
            return False
        return _is_post_card(el) or link_density(el, length) >= MIN_TEASER_LINK_DENSITY or _has_card_link(el)
    tag = el.tag
    if isinstance(tag, str) and "-" in tag and _names_furniture(tag):
        return not _holds_the_story(el, container_chars)
    value = class_and_id(el)
    if not value:
        return False
    kind = _furniture_kind(value)
    if kind is _WEAK_FURNITURE:
        share = text_length(el) / container_chars()
        return share < SMALL_SUBTREE_SHARE and not _holds_prose(el)
    return kind is _FURNITURE and not _holds_the_story(el, container_chars)


# A box never holds most of the story. When one does, the page's markup left it unclosed and
# the parser nested the rest of the story inside it (a newsletter box whose </div> is missing):
# it is judged by its text, not its name. Comments and related stories are the exception: they
# do run longer than the story. Share buttons and ad slots are far shorter than this, so the
# story's own length is measured only for a subtree that long.
MIN_STORY_BOX_CHARS = 1500
STORY_BOX_SHARE = 0.5


def _holds_the_story(el: Element, container_chars: Callable[[], int]) -> bool:
    length = text_length(el)
    if length < MIN_STORY_BOX_CHARS or length / container_chars() < STORY_BOX_SHARE or names_unlikely(el):
        return False
    return _holds_prose(el)


# What a class/id value says of its subtree inside the story: furniture, furniture when small,
# or nothing. Templates repeat their values: each is judged once.
_FURNITURE = "furniture"
_WEAK_FURNITURE = "weak"
_NOT_FURNITURE = "no"


@lru_cache(maxsize=HINT_CACHE_SIZE)
def _furniture_kind(value: str) -> str:
    if not value.strip():
        return _NOT_FURNITURE
    words = hint_words(value)
    if words & POSITIVE_WORDS:
        return _FURNITURE if _leads_with_strong_negative(value) else _NOT_FURNITURE
    if words & STRONG_NEGATIVE_WORDS:
        return _FURNITURE
    return _WEAK_FURNITURE if words_score(words) < 0 else _NOT_FURNITURE


@lru_cache(maxsize=HINT_CACHE_SIZE)
def _names_furniture(custom_tag: str) -> bool:
    """Whether a custom element's name (``<amedia-factbox>``, ``<newsletter-signup>``) holds a
    word of ``STRONG_NEGATIVE_WORDS``: a component is named for what it is, whatever style
    classes it also carries."""
    return not hint_words(custom_tag).isdisjoint(STRONG_NEGATIVE_WORDS)


def _leads_with_strong_negative(value: str) -> bool:
    """Whether a class name opens with a word of ``STRONG_NEGATIVE_WORDS``: the first word
    names the component ("newsletter-widget__new-story-page" is a newsletter box that a story
    page template holds; "story-share" would be the story's own)."""
    return any(
        # (a state, "comments-enabled", names a feature of the page, not a box)
        leading_word(name) in STRONG_NEGATIVE_WORDS and not hint_words(name) & STATE_WORDS
        for name in value.split()
    )


# A teaser card links its title at least: this share of its text is in links.
MIN_TEASER_LINK_DENSITY = 0.1


def _is_post_card(el: Element) -> bool:
    value = el.get("class") or ""
    return any(name in value for name in POST_CLASSES)


def _has_card_link(el: Element) -> bool:
    """Whether a link without text (laid over the card, or around its picture) leads away."""
    return any(a.get("href") and text_length(a) == 0 for a in el.iter("a"))


# Weakly hinted subtrees ("sidebar-grid", "meta") that hold this many sibling paragraphs of
# prose are layout wrappers of the story, not furniture. Siblings, because a teaser listing also
# has long paragraphs, but each in its own card.
PROSE_PARAGRAPHS = 2
PROSE_PARAGRAPH_CHARS = 120


def _holds_prose(el: Element) -> bool:
    found: dict[Element, int] = {}
    for paragraph in el.iter("p"):
        text = element_text(paragraph)
        if len(text) >= PROSE_PARAGRAPH_CHARS and link_density(paragraph, len(text)) < MAX_VOTING_LINK_DENSITY:
            parent = paragraph.getparent()
            if parent is None:
                continue
            found[parent] = found.get(parent, 0) + 1
            if found[parent] >= PROSE_PARAGRAPHS:
                return True
    return False
