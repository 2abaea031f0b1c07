"""The story's own headline: the visible ``<h1>`` agreed with the metadata titles."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter

from ..dom.text import clean_text
from .headline_hints import (
    BRAND_SEPARATORS,
    GLUED_SECTION_LABELS,
    HOST_NAME,
    MARKDOWN_HEADING,
    MAX_BRAND_WORDS,
    PART_SEPARATORS,
    SECTION_LABELS,
    SOURCE_CREDIT,
)

# Separators that glue a site name onto a title: "Headline | Site", "Site - Headline",
# "Headline|Site", "제목ㅣ사이트". A dot or a dash without spaces around it is inside the headline
# ("Anti-war", "절연 ·외연 확장").
_SITE_SEPARATOR = re.compile(r"\s+[|\-–—:·•»ㅣ]\s+|\s*[|ㅣ]\s*")
# A headline shorter than this is a label ("News", "Video"), not a story's headline.
MIN_HEADLINE_CHARS = 10


# An entity left in a title after the page was parsed ("SQL &#x26; AI"): the CMS escaped the
# title twice. Readers see the character.
_LEFT_ENTITY = re.compile(r"&(?:#\d{1,6}|#x[0-9a-f]{1,6}|amp|quot|apos|lt|gt|nbsp);", re.IGNORECASE)


def _unescape_twice_escaped(text: str) -> str:
    return html.unescape(text) if "&" in text and _LEFT_ENTITY.search(text) else text


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


_WORD = re.compile(r"\w+")


def _key(text: str) -> str:
    """What two candidates must share to be one headline: their words, in order. Quotes, dashes,
    colons and the spaces around them differ between a page's sources ("X: Y", "X - Y", "X:Y")."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    return " ".join(words) if words else _fold(text)


def strip_site_name(title: str, site_names: list[str]) -> str:
    """Remove the site's name, a section label and the like from either end of a title.

    A part at the end goes when it is a known site name (or holds one), a host name
    ("Newegg.com"), a section or format label ("Opinion"), or a short brand set off by a bar
    ("Headline | Acme Tires"); a part at the start when it is a known site name or a host name.
    The first part always stays.

    >>> strip_site_name("Rates held again | The Daily Ledger", ["The Daily Ledger"])
    'Rates held again'
    """
    title = SOURCE_CREDIT.sub("", MARKDOWN_HEADING.sub("", title, count=1))
    folded_sites = [_fold(s) for s in site_names if s.strip()]
    title = _without_site_at_end(title, folded_sites)
    cuts = list(_SITE_SEPARATOR.finditer(title))
    if not cuts:
        return _without_glued_label(title)
    # Part i is title[starts[i]:ends[i]]; cuts[i] separates parts i and i + 1.
    starts = [0] + [m.end() for m in cuts]
    ends = [m.start() for m in cuts] + [len(title)]
    first, last = 0, len(cuts)
    while last > first and _is_tail_furniture(title, starts, ends, cuts, first, last, folded_sites):
        last -= 1
    while first < last and _is_head_furniture(title[starts[first]:ends[first]], folded_sites):
        first += 1
    return _without_glued_label(title[starts[first]:ends[last]].strip())


def _is_tail_furniture(
    title: str, starts: list[int], ends: list[int], cuts: list[re.Match[str]], first: int, last: int,
    folded_sites: list[str],
) -> bool:
    part = title[starts[last]:ends[last]]
    folded = _fold(part)
    if not folded or folded in SECTION_LABELS or HOST_NAME.fullmatch(part.strip()):
        return True
    if any(s == folded or s in folded for s in folded_sites):
        return True
    separator = cuts[last - 1].group(0).strip()
    if separator not in BRAND_SEPARATORS:
        return False
    words = len(folded.split())
    rest = len(title[starts[first]:ends[last - 1]].split())
    return words <= MAX_BRAND_WORDS and words < rest


def _is_head_furniture(part: str, folded_sites: list[str]) -> bool:
    return _fold(part) in folded_sites or HOST_NAME.fullmatch(part.strip()) is not None


def _without_site_at_end(title: str, folded_sites: list[str]) -> str:
    """The title without a site name that ends it, even one that holds a separator itself
    ("Gym guide - Urge Fitness | Gyms Near Me") or is glued on ("제목ㅣ한국일보")."""
    folded = title.casefold()
    if len(folded) != len(title):  # a letter that folds to two ("ß"): positions would not match
        return title
    for site in folded_sites:
        if len(site) < len(folded) and folded.endswith(site):
            head = title[: len(title) - len(site)].rstrip(" ")
            stripped = head.rstrip(" " + PART_SEPARATORS)
            if head[-1:] in PART_SEPARATORS and len(stripped) >= MIN_HEADLINE_CHARS:
                return stripped
    return title


def _without_glued_label(text: str) -> str:
    """"제목-정치" without the section label glued on by a dash."""
    head, dash, label = text.rpartition("-")
    if dash and head and label in GLUED_SECTION_LABELS and not head.endswith(" "):
        return head
    return text


def choose_headline(
    found: list[tuple[str, str]], weights: dict[str, float], site_names: list[str]
) -> tuple[str, str] | None:
    """(headline, kind) by a weighted vote of the page's headline candidates.

    ``found`` holds (text, kind) pairs, where kind is e.g. ``jsonld``, ``opengraph`` or ``h1``;
    only the first candidate of each kind votes, with ``weights[kind]``, after the site name
    is taken off. Texts that agree add up, so an ``<h1>`` that the metadata confirms beats a
    lone SEO title, and a strong source alone beats a weak one alone. Then:

    - an ``<h1>`` that shares almost no words with the metadata titles votes at a discount: it
      is a label, a teaser or a heading of the body ("Day 7", "A message from our founder");
    - the ``<h1>`` wins over one value the metadata repeat (the SEO title a plugin copies into
      JSON-LD, og:title and ``<title>``) when it says the same in other words: the reader sees
      the ``<h1>``, and the SEO title was reworded for search;
    - a text shorter than a headline ("001", "Coffee") counts only when two sources agree on it;
    - an ``<h1>`` in capitals that no metadata title shares is a banner, and votes at a discount;
    - one source's title that is the start of another's, cut before a word, was cut to a length
      limit: its vote goes to the whole title;
    - of the same words in the ``<h1>`` and in the chosen metadata title, the ``<h1>``'s
      punctuation is given ("X: Y" for "X - Y"), unless the ``<h1>`` lost a separator to its
      layout ("X Y"): then the metadata's.

    >>> choose_headline([("Rates held | Ledger", "title"), ("Rates held", "h1")],
    ...                 {"title": 1, "h1": 3}, ["Ledger"])
    ('Rates held', 'h1')
    """
    votes: dict[str, float] = {}
    forms: dict[str, list[tuple[str, str]]] = {}
    voted: set[str] = set()
    folded_sites = {_fold(s) for s in site_names if s}
    metadata = [text for text, kind in found if kind != "h1"]
    titles = _words(" ".join(metadata))
    # Capitals the metadata do not repeat are the template's banner style, not the headline's.
    styled_capitals = bool(metadata) and not any(_all_capitals(text) for text in metadata)
    banner = False
    for text, kind in _best_h1_first(found):
        if kind in voted or kind not in weights:
            continue
        text = strip_site_name(clean_text(_unescape_twice_escaped(text)), site_names)
        if not text or _fold(text) in folded_sites:
            continue
        voted.add(kind)
        weight = weights[kind]
        if kind == "h1" and titles and _overlap(_words(text), titles) <= MAX_STRAY_H1_OVERLAP:
            weight *= STRAY_H1_DISCOUNT
        if kind == "h1" and styled_capitals and _all_capitals(text):
            weight *= CAPITALS_H1_DISCOUNT
            banner = True
        key = _fold(text)
        votes[key] = votes.get(key, 0.0) + weight
        forms.setdefault(key, []).append((text, kind))
    for key in [k for k, kinds in forms.items() if len(k) < MIN_HEADLINE_CHARS and len(kinds) < 2]:
        del votes[key], forms[key]
    _count_cut_for_whole(votes, forms)
    if not votes:
        return None
    totals = _with_support(votes, forms)
    best = max(totals, key=lambda k: totals[k])
    shown = next((k for k, kinds in forms.items() if any(kind == "h1" for _, kind in kinds)), None)
    if shown is not None and not banner and shown != best:
        if _one_declared(forms, best, shown) and _rewords(shown, best) or _typesets(shown, best):
            best = shown
    elif shown is not None:
        best = next((k for k in sorted(votes, key=lambda k: -votes[k]) if _lost_separators(shown, k)), best)
    return _surface(forms[best], weights)


# A metadata title cut short to fit a length limit (JSON-LD's 110 characters, a social card's
# 60-70) is at least this long.
MIN_CUT_TITLE_CHARS = 50
# Where a title was cut: at a space, before the next word.
_CUT_BEFORE_WORD = re.compile(r"\s+[\w(\[\"'“‘]")


def _count_cut_for_whole(votes: dict[str, float], forms: dict[str, list[tuple[str, str]]]) -> None:
    """Give the vote of a metadata title cut short ("... Find Solutions (Including") to the
    whole title another source gives, of which it is the start. A start that two sources give
    is the headline as declared, and another source's longer text adds to it."""
    for short in list(votes):
        if len(short) < MIN_CUT_TITLE_CHARS or len(forms[short]) > 1 or forms[short][0][1] == "h1":
            continue
        whole = next(
            (k for k in votes if k != short and k.startswith(short) and _CUT_BEFORE_WORD.match(k, len(short))),
            None,
        )
        if whole is not None:
            votes[whole] += votes.pop(short)
            del forms[short]


# An <h1> sharing no more than this share of its words with the metadata titles is a label, a
# teaser or a heading of the body, and votes at a discount.
MAX_STRAY_H1_OVERLAP = 0.25
STRAY_H1_DISCOUNT = 0.5
# An <h1> in capitals throughout ("SUPPORTING GAAP COMPLIANCE") is set as a banner or a label;
# when the metadata give a title in letter case, theirs is the headline as written.
CAPITALS_H1_DISCOUNT = 0.5
# An <h1> sharing at least this share of its words with the declared title says the same thing.
MIN_REWORDED_OVERLAP = 0.4


def _one_declared(forms: dict[str, list[tuple[str, str]]], declared: str, shown: str) -> bool:
    """Whether the metadata declare one title: every source besides the <h1> gives ``declared``
    (or it with a separated tail)."""
    return all(
        key == declared or (key.startswith(declared) and _joined_by_tail(forms[key], forms[declared]))
        for key, kinds in forms.items()
        if key != shown or len(kinds) > 1
    )


# Quotes that differ between a page's sources as its CMS or its writer typed them.
_QUOTES = str.maketrans("\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f", "''''\"\"\"\"")


def _typesets(shown: str, declared: str) -> bool:
    """Whether the visible headline ``shown`` is the ``declared`` one with other punctuation
    ("X: Y" for the metadata's "X - Y", a dash for a hyphen), not a form that lost a separator
    to the layout ("X Y" for "X - Y", "X:Y" for "X: Y"). Quotes alone do not count: sources
    set them as they were typed."""
    if _key(shown) != _key(declared) or shown.translate(_QUOTES) == declared.translate(_QUOTES):
        return False
    printed, meant = "".join(shown.split()), "".join(declared.split())
    return printed != meant and len(printed) >= len(meant)


def _lost_separators(shown: str, declared: str) -> bool:
    """Whether the visible headline ``shown`` is the ``declared`` one without the separators
    the page sets by layout alone (a title and its subtitle in two spans: "X Y" for "X - Y")."""
    if shown == declared or _key(shown) != _key(declared):
        return False
    printed, meant = _marks(shown), _marks(declared)
    lost = meant - printed
    return not printed - meant and bool(lost) and all(c in PART_SEPARATORS for c in lost)


def _marks(text: str) -> Counter[str]:
    return Counter(c for c in text if not c.isalnum() and not c.isspace())


def _rewords(shown: str, declared: str) -> bool:
    """Whether the visible headline ``shown`` says the ``declared`` one in other words (and is not
    it with a kicker put before it or taken off: "Kicker: Headline")."""
    if _key(shown) == _key(declared):
        return False
    if declared.endswith(" " + shown) or shown.endswith(" " + declared):
        return False
    return _overlap(_words(shown), _words(declared)) >= MIN_REWORDED_OVERLAP


def _surface(forms: list[tuple[str, str]], weights: dict[str, float]) -> tuple[str, str]:
    """The form of one headline to give: the strongest source's, in its own letter case rather
    than a template's capitals ("RATES HELD AGAIN" in the <h1>, "Rates held again" in og:title)."""
    return max(forms, key=lambda f: (not _all_capitals(f[0]), weights[f[1]]))


def _all_capitals(text: str) -> bool:
    """Whether every cased letter is a capital (two at least): str.isupper, in C."""
    if not text.isupper():  # the common case, in C
        return False
    return sum(1 for c in text if c.isupper()) > 1


def _best_h1_first(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The candidates with the ``<h1>`` that shares most words with the metadata titles first.

    A page may hold several ``<h1>``s (the logo, a section name, the story): the one the
    metadata agrees with is the story's. Without metadata, page order decides.
    """
    h1s = [(text, kind) for text, kind in found if kind == "h1"]
    if len(h1s) < 2:
        return found
    titles = _words(" ".join(t for t, k in found if k != "h1"))
    if not titles:
        return found
    best = max(h1s, key=lambda c: _overlap(_words(c[0]), titles))
    return [best] + [c for c in found if c is not best]


# Words this short ("to", "in", "the") agree between any two titles of one language.
MIN_AGREEING_WORD_CHARS = 4


def _words(text: str) -> set[str]:
    """The words of a title that can tell two stories apart: not the short words every title
    has ("the", "in"), nor numbers ("2025")."""
    return {
        w
        for w in _WORD.findall(_fold(text))
        if len(w) >= MIN_AGREEING_WORD_CHARS and not w.isdigit()
    }


def _overlap(words: set[str], titles: set[str]) -> float:
    return len(words & titles) / len(words) if words else 0.0


# What may join a headline to a tail ("Headline | Site", "Headline - Top 19 Companies").
_TAIL_JOIN = re.compile(r"^\s*[|\-–—·•»]\s")


def _with_support(votes: dict[str, float], forms: dict[str, list[tuple[str, str]]]) -> dict[str, float]:
    """Votes where a text that is another one plus a separated tail also counts for the shorter
    one: "Headline | Site" confirms "Headline", whose tail was a site or SEO suffix."""
    totals = dict(votes)
    for longer, weight in votes.items():
        for shorter in votes:
            if shorter != longer and longer.startswith(shorter) and _joined_by_tail(
                forms[longer], forms[shorter]
            ):
                totals[shorter] += weight
    return totals


def _joined_by_tail(longer: list[tuple[str, str]], shorter: list[tuple[str, str]]) -> bool:
    for long_text, _ in longer:
        folded = _fold(long_text)
        for short_text, _ in shorter:
            short = _fold(short_text)
            if folded.startswith(short) and _TAIL_JOIN.match(folded[len(short):]):
                return True
    return False
