"""Finding the story's container: paragraphs vote for their ancestors, links and hints weigh in.

Every paragraph-like element with enough text gives its parent a vote sized by its text (more
for long, comma-rich text; less for text that is mostly links), and smaller votes to the two
ancestors above, so a story whose paragraphs are each wrapped in their own element still lifts
their common ancestor. Class/id words then nudge the score, and the winner's siblings that
scored well too (a story split by an ad or a paywall break) join it.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from ..dom.tree import Element, class_and_id

from ..dom.text import LOOSE_TEXT_TAGS, element_text, text_length, visible_text
from .hints import DIALOG_ROLES, HINT_CACHE_SIZE, NEGATIVE_WORDS, POSITIVE_WORDS, UNLIKELY_WORDS, hint_words, without_taxonomy

# Tags whose text counts as a paragraph of a story.
PARAGRAPH_TAGS = frozenset({"p", "pre", "blockquote", "dd"})
# Shorter text is a label, a date or a button, not a paragraph (about five words).
MIN_PARAGRAPH_CHARS = 25
# Loose text (a <div> with text between <br>s) counts from two short paragraphs' worth, and
# votes at half weight: it is as often a caption, a credit or a teaser as it is story text.
MIN_LOOSE_TEXT_CHARS = 2 * MIN_PARAGRAPH_CHARS
LOOSE_TEXT_WEIGHT = 0.5
# Share of a paragraph's vote that reaches each ancestor above its parent.
ANCESTOR_DECAY = (1.0, 0.5, 0.25)
# Each full 100 characters adds to a vote, up to this many: long text is likelier story text.
MAX_LENGTH_BONUS = 3
# Each comma adds to a vote, up to this many: clauses mark prose, and a list of tags or names
# set in one line must not outweigh the paragraphs of the story.
MAX_COMMA_BONUS = 10
# What one class/id hint is worth, in votes: about two or three ordinary paragraphs.
POSITIVE_HINT_BONUS = 3.0
NEGATIVE_HINT_PENALTY = 6.0
# A sibling joins the winner when it scores at least this share of the winner's score...
SIBLING_SHARE = 0.2
# ...and at least this much in absolute terms (one lone short paragraph is not enough).
MIN_SIBLING_SCORE = 3.0


def link_density(el: Element, length: int) -> float:
    """Share of the element's text (``length`` characters) that sits inside links."""
    if length == 0 or (len(el) == 0 and el.tag != "a"):
        return 0.0
    linked = sum(map(text_length, el.iter("a")))
    return min(1.0, linked / length)


def hint_score(el: Element) -> float:
    """Bonus or penalty from the element's class and id words."""
    value = class_and_id(el)
    return _value_score(value) if value else 0.0


@lru_cache(maxsize=HINT_CACHE_SIZE)
def _value_score(value: str) -> float:
    # Templates repeat a handful of class values on every page: each is judged once.
    return words_score(hint_words(value)) if value.strip() else 0.0


def words_score(words: frozenset[str]) -> float:
    """``hint_score`` from an element's class and id words (``hints.hint_words``)."""
    score = 0.0
    if words & POSITIVE_WORDS:
        score += POSITIVE_HINT_BONUS
    if words & NEGATIVE_WORDS:
        score -= NEGATIVE_HINT_PENALTY
    return score


def is_teaser_text(text: str) -> bool:
    """Whether a text is a truncated excerpt ("... may soon..."), as teasers of other stories are."""
    return text.rstrip().endswith(_TEASER_ENDINGS) and len(text) < MAX_TEASER_CHARS


_TEASER_ENDINGS = ("...", "…", "[…]", "(…)", "[...]")
# Excerpts are a few lines; a longer paragraph ending in an ellipsis is a quote trailing off.
MAX_TEASER_CHARS = 400


def paragraph_vote(el: Element) -> tuple[float, int]:
    """One paragraph's vote (0 when it is too short, mostly links, or an excerpt) and its length.

    The text is gathered by lxml in C, without the separators a reader would see between
    blocks: every paragraph of the page is measured here, and a few characters do not matter."""
    text = visible_text(el)
    if len(text) < MIN_PARAGRAPH_CHARS or is_teaser_text(text):
        return 0.0, 0
    density = link_density(el, len(text))
    if density > MAX_VOTING_LINK_DENSITY:
        return 0.0, 0
    commas = text.count(",") + text.count("،") + text.count("，") + text.count("、")
    vote = (1.0 + min(commas, MAX_COMMA_BONUS) + min(len(text) // 100, MAX_LENGTH_BONUS)) * (1.0 - density)
    return vote, len(text)


# A paragraph more than half links is a teaser or a link list: it gets no vote at all.
MAX_VOTING_LINK_DENSITY = 0.5


def score_containers(
    root: Element, loose_chars: Mapping[Element, int]
) -> tuple[dict[Element, float], dict[Element, int]]:
    """Every element that received votes with its score, and the story characters (the length
    of the voting paragraphs) that each paragraph's parent holds directly.

    ``loose_chars``: the length of the text directly inside each element, as the page index
    measured it (``PageIndex.loose_chars``)."""
    scores: dict[Element, float] = {}
    own_chars: dict[Element, int] = {}
    unlikely: dict[Element, bool] = {}
    for el in root.iter(*PARAGRAPH_TAGS, *LOOSE_TEXT_TAGS):
        if el.tag in PARAGRAPH_TAGS:
            vote, length = paragraph_vote(el)
        elif loose_chars.get(el, 0) >= MIN_LOOSE_TEXT_CHARS:
            vote, length = paragraph_vote(el)
            vote *= LOOSE_TEXT_WEIGHT
            scores[el] = scores.get(el, 0.0) + vote
        else:
            continue
        if vote <= 0:
            continue
        parent = el.getparent()
        if parent is None:
            continue
        if _under_unlikely(parent, unlikely):
            continue  # a comment, a "related" box: its paragraphs vote for nothing
        own_chars[parent] = own_chars.get(parent, 0) + length
        ancestor: Element | None = parent
        for share in ANCESTOR_DECAY:
            if ancestor is None:
                break
            scores[ancestor] = scores.get(ancestor, 0.0) + vote * share
            ancestor = ancestor.getparent()
    for el in scores:
        scores[el] += hint_score(el)
    return scores, own_chars


def _under_unlikely(el: Element, cache: dict[Element, bool]) -> bool:
    """Whether the element or one of its ancestors is named for something that never holds
    the story. Paragraphs share ancestors: each element is judged once."""
    path: list[Element] = []
    node: Element | None = el
    result = False
    while node is not None:
        known = cache.get(node)
        if known is not None:
            result = known
            break
        path.append(node)
        node = node.getparent()
    for node in reversed(path):
        result = result or names_unlikely(node)
        cache[node] = result
    return result


def names_unlikely(el: Element) -> bool:
    """Whether the element's class or id names something that never holds the story
    (``hints.UNLIKELY_WORDS``: comments, related stories, consent managers), or is a dialog
    laid over the page (``hints.DIALOG_ROLES``, ``aria-modal``)."""
    if el.tag in ("html", "body"):
        return False
    if (el.get("role") in DIALOG_ROLES or el.get("aria-modal") == "true") and next(el.iter("h1"), None) is None:
        # A dialog over the page (a consent box, a privacy policy in a modal); one that holds a
        # headline was left unclosed, and the parser put the story inside it.
        return True
    value = class_and_id(el)
    return bool(value) and _value_unlikely(value)


@lru_cache(maxsize=HINT_CACHE_SIZE)
def _value_unlikely(value: str) -> bool:
    tokens = without_taxonomy(value).split()
    return any(words & UNLIKELY_WORDS and not words & STATE_WORDS for words in map(hint_words, tokens))


# Class names built with these words state a page's features ("comments-enabled",
# "has-related"), not what the element is.
STATE_WORDS = frozenset("enabled disabled has with is no show hide active open closed allowed on off".split())


def choose_containers(root: Element, headline: str | None, loose_chars: Mapping[Element, int]) -> list[Element]:
    """The story's container and any siblings that continue it, in page order."""
    scores, own_chars = score_containers(root, loose_chars)
    if not scores:
        return []
    if headline:
        _favour_headline_neighbours(root, headline, scores)
    best = max(scores, key=lambda el: scores[el])
    if scores[best] <= 0:
        return []
    best = _widen(_join_chunks(best, scores), own_chars)
    parent = best.getparent()
    if parent is None or best.tag in ("body", "html"):
        return [best]
    threshold = max(MIN_SIBLING_SCORE, scores.get(best, 0.0) * SIBLING_SHARE)
    # Templates that move the rest of a story into a wrapper of its own ("read all") leave its
    # first paragraphs beside the wrapper, each in an element like the wrapper's paragraphs.
    paragraph_kinds = {(child.tag, value) for child in best if (value := child.get("class"))}
    component = frozenset((best.get("class") or "").split())
    chosen = []
    for sibling in parent:
        if (
            sibling is best
            or scores.get(sibling, 0.0) >= threshold
            or _is_story_paragraph(sibling)
            or ((sibling.tag, sibling.get("class")) in paragraph_kinds and scores.get(sibling, 0.0) > 0)
            or (component and _continues_component(sibling, component))
        ):
            chosen.append(sibling)
    return _declared_body(chosen) or chosen


# The publisher's own mark on the story's element (schema.org microdata: itemprop="articleBody")
# is believed over a part of it that the scoring chose, when it holds at least this much text.
MIN_DECLARED_BODY_CHARS = 500


def _declared_body(chosen: list[Element]) -> list[Element] | None:
    """The element the page marks as the article's body, when the chosen containers lie inside
    it (the scoring took one chunk of a story its template split: the agency-credited first
    paragraph set apart, a "read all" wrapper)."""
    for ancestor in chosen[0].iterancestors():
        if ancestor.tag in ("body", "html"):
            return None
        if (ancestor.get("itemprop") or "").lower() == "articlebody":
            return [ancestor] if text_length(ancestor) >= MIN_DECLARED_BODY_CHARS else None
    return None


# A container within this many levels of the headline's own ancestors is the headline's story;
# on pages that carry a second story (a "next article" below), that one is further away.
HEADLINE_NEAR_LEVELS = 2
HEADLINE_BONUS = 1.5
# Headline elements are looked for among these tags, in this order.
_HEADLINE_TAGS = ("h1", "h2")


def _favour_headline_neighbours(root: Element, headline: str, scores: dict[Element, float]) -> None:
    anchor = _headline_element(root, headline)
    if anchor is None:
        return
    # <main> holds every story of the page, so sharing it says nothing.
    ancestors = {a for a in anchor.iterancestors() if a.tag not in ("body", "html", "main")}
    for el in scores:
        if scores[el] > 0 and hint_score(el) >= 0 and _is_near(el, ancestors):
            scores[el] *= HEADLINE_BONUS


# The headline's element may carry a kicker or lack the site's suffix ("Live: ...", "... | Site"):
# one text inside the other counts from this length, below which a section label ("World")
# would match any headline that holds the word.
MIN_PARTIAL_HEADLINE_CHARS = 20


def _headline_element(root: Element, headline: str) -> Element | None:
    wanted = " ".join(headline.casefold().split())
    for tag in _HEADLINE_TAGS:
        for el in root.iter(tag):
            text = " ".join(element_text(el).casefold().split())
            if text and (text == wanted or (len(text) >= MIN_PARTIAL_HEADLINE_CHARS and (text in wanted or wanted in text))):
                return el
    return None


def _is_near(el: Element, ancestors: set[Element]) -> bool:
    node: Element | None = el
    for _ in range(HEADLINE_NEAR_LEVELS + 1):
        if node is None:
            return False
        if node in ancestors:
            return True
        node = node.getparent()
    return False


def _join_chunks(best: Element, scores: dict[Element, float]) -> Element:
    """The common ancestor of the winner and the other chunks of the same story.

    Templates that break a story into chunks (around ads, or for lazy loading) give each chunk
    the winner's own tag and class; chunks that score like story text are joined through their
    lowest common ancestor, whose furniture the block walk then leaves out.
    """
    signature = best.get("class")
    if not signature:
        return best
    threshold = max(MIN_SIBLING_SCORE, scores[best] * SIBLING_SHARE)
    story = _story_article(best)
    chunks = [
        el for el, score in scores.items()
        if el is not best and score >= threshold and el.tag == best.tag and el.get("class") == signature
        and _story_article(el) is story
    ]
    if not chunks:
        return best
    common = set(best.iterancestors())
    ancestor = best
    for chunk in chunks:
        ancestor = next((a for a in chunk.iterancestors() if a in common), ancestor)
        common &= set(ancestor.iterancestors()) | {ancestor}
    if ancestor.tag in ("body", "html"):
        return best
    return ancestor


# An ancestor replaces the winner when it holds at least this many times the winner's story text: the
# paragraphs were wrapped one by one (<div><div><p>...</p></div></div> per paragraph), so no
# single wrapper could win on its own.
WIDEN_RATIO = 2.0
# The <article> that carries the headline is the story's own container: it takes in runs of
# story text split around pictures and ads on less evidence than an anonymous wrapper. Nothing
# above it is the story (a page's wrappers hold promos and teasers too), so widening stops there.
STORY_WIDEN_RATIO = 1.75


# An ancestor whose own paragraphs hold at least this share of the winner's story text is the
# story's container, and the winner a part nested in it: an embed left unclosed (a table's
# <div>) puts the rest of the story inside it, and that rest can outvote the story's opening.
NESTED_PART_SHARE = 0.5


def _widen(best: Element, own_chars: dict[Element, int]) -> Element:
    story = _story_article(best)
    chain = [best]
    for ancestor in best.iterancestors():
        if ancestor.tag in ("body", "html") or _holds_another_story(ancestor, story):
            break
        chain.append(ancestor)
        if ancestor is story:
            break
    chars = _story_chars(chain, own_chars)
    node = best
    own = chars[best]
    for ancestor in chain[1:]:
        ratio = STORY_WIDEN_RATIO if ancestor is story else WIDEN_RATIO
        holds_story = own_chars.get(ancestor, 0) >= NESTED_PART_SHARE * max(own, 1)
        if (chars[ancestor] >= ratio * max(own, 1) or holds_story) and hint_score(ancestor) >= 0:
            node = ancestor
            own = chars[ancestor]
    return node


def _story_article(el: Element) -> Element | None:
    """The ``<article>`` around ``el`` (or ``el`` itself) that holds a headline (``<h1>``): a
    story of its own. Pages that load the next story below the first (infinite scroll) give
    each its own such element; their texts must not be joined."""
    for node in (el, *el.iterancestors("article")):
        if node.tag == "article" and next(node.iter("h1"), None) is not None:
            return node
    return None


def _holds_another_story(el: Element, story: Element | None) -> bool:
    """Whether ``el`` holds an ``<article>`` with its own headline besides ``story`` (and
    besides those around or inside ``story``)."""
    for article in el.iter("article"):
        if article is story or next(article.iter("h1"), None) is None:
            continue
        if story is None:
            return True
        if not any(a is story for a in article.iterancestors()) and not any(a is article for a in story.iterancestors()):
            return True
    return False


def _story_chars(chain: list[Element], own_chars: dict[Element, int]) -> dict[Element, int]:
    """The story characters below each element of ``chain`` (an element and its ancestors)."""
    totals = dict.fromkeys(chain, 0)
    for holder, length in own_chars.items():
        node: Element | None = holder
        while node is not None:
            if node in totals:
                totals[node] += length
            node = node.getparent()
    return totals


# A lone paragraph beside the container joins it when it is this long and hardly linked.
LONE_PARAGRAPH_CHARS = 80
LONE_PARAGRAPH_MAX_LINKS = 0.25


def _continues_component(el: Element, component: frozenset[str]) -> bool:
    """Whether a sibling is another part of the winner's own component: its classes are the
    winner's, perhaps with a modifier ("rich-text intro" beside "rich-text"; a rich-text editor
    split in two around an embed), and it holds text that is not a list of links."""
    value = el.get("class")
    if not value or not component <= frozenset(value.split()) or hint_score(el) < 0 or names_unlikely(el):
        return False
    length = text_length(el)
    return length >= MIN_PARAGRAPH_CHARS and link_density(el, length) < MAX_VOTING_LINK_DENSITY


def _is_story_paragraph(el: Element) -> bool:
    if el.tag != "p":
        return False
    text = element_text(el)
    return len(text) >= LONE_PARAGRAPH_CHARS and link_density(el, len(text)) < LONE_PARAGRAPH_MAX_LINKS
