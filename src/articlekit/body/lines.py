"""What a line or a small element inside the story's container is, judged by its text and shape:
a known furniture phrase ("Continue Reading", "© 2025 ..."), a paragraph set wholly in bold (a
subheading), a line of names, a short sentence around links, a template's drawn line break.
The block walker (``blocks``) asks these as it goes.
"""

from __future__ import annotations

import re

from ..dom.text import BLOCK_TAGS, element_text
from ..dom.tree import Element
from .hints import (
    BOILERPLATE_PHRASES,
    BOILERPLATE_PREFIXES,
    MAX_META_LINE_CHARS,
    MAX_SHORT_FURNITURE_CHARS,
    META_LINE_PREFIXES,
    SHORT_FURNITURE_PREFIXES,
    fold,
    hint_words,
)

# A paragraph ends as a sentence does with one of these (a closing quote or bracket counts).
SENTENCE_ENDINGS = (".", "!", "?", '"', "\u201d", "\u2019", ")", "\u3002")
# ...and has this many words outside its links: a subject, a verb and an object around a linked
# phrase. Two words ("Read more: <title>.") are a label.
MIN_WORDS_AROUND_LINKS = 3


_FOLDABLE_CHARS = 3 * max(map(len, BOILERPLATE_PHRASES))
# Arrows and pointing hands that open a link line ("➡️ Read more about ...", "👉 See also ..."),
# and white space: what the prefix test looks past.
_POINTERS = " \t\n\u00a0\u2028➡️👉▶►→»>•"


# Class words of an empty element that a template's style sheet draws as a line break, in place
# of <br> ("<span class="id-r-component br"></span>", "<div class="fake-br-for-article-body">").
BREAK_CLASS_WORDS = frozenset({"br", "linebreak"})


def is_drawn_break(el: Element) -> bool:
    value = el.get("class")
    return bool(value) and not hint_words(value).isdisjoint(BREAK_CLASS_WORDS)


# A subheading set as a bold paragraph ("<p><strong>Water woes</strong></p>") is a line this
# short, not ending as a sentence or a lead-in does.
MAX_BOLD_HEADING_CHARS = 100
_BOLD_TAGS = frozenset({"b", "strong"})
# Inline elements that only style what they wrap (a colour, a font): looked through for the bold.
_STYLE_WRAPPERS = frozenset({"span", "font", "em", "i", "u"})
_NOT_HEADING_ENDINGS = (".", ",", ":", ";", "!", "\u2026")


def is_bold_line(p: Element, text: str) -> bool:
    if len(p) != 1 or len(text) > MAX_BOLD_HEADING_CHARS or text.endswith(_NOT_HEADING_ENDINGS):
        return False
    if "@" in text or "://" in text:
        return False  # an address to write to: a call to readers, not a section's title
    if _CLOCK_OPENING.match(text) or _is_names_line(text):
        return False  # a live blog's timed entry, or the names a story credits
    bold = p[0]
    if (p.text and p.text.strip()) or (bold.tail and bold.tail.strip()):
        return False
    while bold.tag in _STYLE_WRAPPERS and len(bold) == 1 and not (bold.text and bold.text.strip()):
        # "<p><span style="color: #999"><strong>Street lighting</strong></span></p>"
        bold = bold[0]
        if bold.tail and bold.tail.strip():
            return False
    return bold.tag in _BOLD_TAGS and bold.find(".//a") is None


_CLOCK_OPENING = re.compile(r"^\d{1,2}(?:[:.h]\d{2}|\s*(?:am|pm|uhr))\b", re.IGNORECASE)
_NAME_SEPARATORS = re.compile(r"\s*[,/&]\s*|\s+(?:and|und|et|y|и)\s+")


# A person's name on a names line is a given name and a family name, with a middle name or a
# second family name at most; one capitalised word alone is as likely a subheading's word.
MIN_NAME_WORDS = 2
MAX_NAME_WORDS = 3


def _is_names_line(text: str) -> bool:
    """Whether a line is only people's names ("Ana Lima, Jon Roe", "Ana Lima/Jon Roe"): two at
    least, since one name alone in bold is as often a subheading (an interview's "Ana Lima")."""
    names = _NAME_SEPARATORS.split(text)
    return len(names) >= 2 and all(
        MIN_NAME_WORDS <= len(words := name.split()) <= MAX_NAME_WORDS and all(w[:1].isupper() for w in words)
        for name in names
    )


def holds_blocks(el: Element) -> bool:
    return any(isinstance(c.tag, str) and c.tag in BLOCK_TAGS for c in el)


def links_to_itself(heading: Element) -> bool:
    """Whether a heading's links all point into the page ("<h2 id="setup"><a href="#setup">"):
    an anchor to copy, not a link to another story. A named anchor without an address (``<a
    name="part4">``, a jump label's target) links nowhere."""
    return all((href := a.get("href")) is None or href.startswith("#") for a in heading.iter("a"))


def is_sentence_around_links(el: Element, text: str) -> bool:
    """Whether a short paragraph that is mostly links is still a sentence of the story ("Every
    member state also co-ordinates its military plans.", most of it linked): it ends as a
    sentence does and has words of its own around the links, where a link row or a "Read our
    full ... review" line is a label and titles."""
    if not text.endswith(SENTENCE_ENDINGS):
        return False
    linked_words = sum(len(element_text(a).split()) for a in el.iter("a"))
    return len(text.split()) - linked_words >= MIN_WORDS_AROUND_LINKS


# A line opening with "©" is the copyright footer up to this length (the holder, the year, a
# rights clause); a longer one is a sentence that happens to start with the sign.
MAX_COPYRIGHT_LINE_CHARS = 300


def is_boilerplate_text(text: str) -> bool:
    """Whether a paragraph's whole text is page furniture ("Continue Reading", "© 2025 ...")."""
    # Folding only removes punctuation and spaces: text this long cannot fold into a phrase.
    if len(text) <= _FOLDABLE_CHARS:
        folded = fold(text)
        if not folded or folded in BOILERPLATE_PHRASES:
            return True
    lowered = text.casefold().lstrip(_POINTERS)
    if len(text) <= MAX_SHORT_FURNITURE_CHARS and lowered.startswith(SHORT_FURNITURE_PREFIXES):
        return True
    if len(text) <= MAX_META_LINE_CHARS and lowered.startswith(META_LINE_PREFIXES):
        return True
    return lowered.startswith(BOILERPLATE_PREFIXES) or (lowered.startswith("©") and len(text) < MAX_COPYRIGHT_LINE_CHARS)
