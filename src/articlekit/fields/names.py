"""Where one name ends and the next begins in a byline.

A byline is read as tokens: words, and the marks that separate people (commas, semicolons,
bars, bullets, slashes, ampersands, and their CJK forms). A word is a boundary when it is a
conjunction ("and", "und", "og") — but a letter with a dot after it is an initial ("Sarah E.
Needleman"), and a one-letter conjunction ("y", "e", "i") counts only in lower case, so "Bruce
Y. Lee" and "Hanns-Seidel-Stiftung e.V." stay whole. Particles ("van", "de", "bin", "al-") and
courtesy titles ("Dr.") are words of the name around them, never a boundary.
"""

from __future__ import annotations

import re

from .byline_tables import CONJUNCTIONS, HONORIFICS, PARTICLES, SHORT_CONJUNCTIONS

# A separator mark, or a run of other non-space characters (a word, with its dots and
# hyphens). One pass over the text, no backtracking.
_TOKEN = re.compile(r"[,;|•·/&、，；＆]|[^\s,;|•·/&、，；＆]+")
_SEPARATORS = frozenset(",;|•·/&、，；＆")


def tokens(text: str) -> list[str]:
    """The byline's tokens: words (with the dots and hyphens they carry) and separator marks."""
    return _TOKEN.findall(text)


def is_boundary(token: str) -> bool:
    """Whether a token separates two people rather than belonging to a name."""
    if token in _SEPARATORS:
        return True
    if len(token) == 1:
        return token in SHORT_CONJUNCTIONS  # lower case only: "E" or "Y" is an initial
    return token.casefold() in CONJUNCTIONS


def split_people(text: str) -> list[str]:
    """The parts of a byline, one per person (or desk), in order; empty parts are left out.

    >>> split_people("Sarah E. Needleman and Bruce Y. Lee")
    ['Sarah E. Needleman', 'Bruce Y. Lee']
    >>> split_people("Ana Lima y Tom Berg, Kim van der Berg")
    ['Ana Lima', 'Tom Berg', 'Kim van der Berg']
    """
    parts: list[str] = []
    current: list[str] = []
    for token in tokens(text):
        if is_boundary(token):
            if current:
                parts.append(" ".join(current))
                current = []
        else:
            current.append(token)
    if current:
        parts.append(" ".join(current))
    return parts


def has_boundary(text: str, strong: bool = False) -> bool:
    """Whether a text holds a mark or word that would separate people (``strong``: a mark, or
    a conjunction of more than one letter written in lower case: "Ja" in "Aa Ja" is a name)."""
    return any(
        is_boundary(t) and not (strong and (t in SHORT_CONJUNCTIONS or (t not in _SEPARATORS and not t.islower())))
        for t in tokens(text)
    )


def is_initial(word: str) -> bool:
    """ "E.", "J.J.", "Y": a letter (or letters) standing for a name."""
    letters = word.replace(".", "").replace("-", "")
    return 0 < len(letters) <= 2 and letters.isalpha() and (word.endswith(".") or letters.isupper())


def is_particle(word: str) -> bool:
    """ "van", "de", "bin", "al-": a lower-case word that belongs to the name around it."""
    return word in PARTICLES or (word.startswith(("al-", "el-")) and len(word) > 3)


def is_honorific(word: str) -> bool:
    return word.casefold() in HONORIFICS


def is_cjk(text: str) -> bool:
    """Whether a text is written in CJK ideographs or Hangul (names without spaces)."""
    return any("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in text)
