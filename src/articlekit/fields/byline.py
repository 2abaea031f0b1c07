"""Bylines as printed -> person names.

"By Jane Doe and John Roe, Staff Writers" -> ("Jane Doe", "John Roe"). Roles, e-mail addresses,
handles, dates and "Updated ..." tails are dropped; organizations stay in the printed byline but
are not passed off as people when they are the publisher.
"""

from __future__ import annotations

import re

from ..dom.text import clean_text

# Words that open a byline in the languages of the corpus and beyond.
_LEAD = re.compile(
    r"^\s*(?:(?:written|reported|posted|published|text|story|words|photos?|video|"
    r"interview|analysis|opinion|commentary)\s+)?"
    r"(?:by|from|von|vom|par|por|di|de|door|av|af|przez|od|autor(?:in)?|author|auteur|"
    r"autore|redacción|texto|text|reporter)\s*[:\-–]?\s+",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
# "Reporting by", "Editing by": credit-line roles before a name.
_CREDIT_ROLE = re.compile(
    r"^(?:additional\s+)?(?:reporting|editing|writing|compiled|produced|graphics|research|"
    r"photography|text|fotos?|bearbeitung|mitarbeit)\s+(?:by|von|par|por)?\s*:?\s*",
    re.IGNORECASE,
)
# "Ana Lima in Lisbon", "Jan Berg aus Berlin": the dateline's place, not part of the name.
_PLACE_TAIL = re.compile(r"\s+(?:in|aus|reporting from|from)\s+[A-ZÀ-Ý][\w.\- ]*$")
_URL = re.compile(r"https?://\S+|www\.\S+")
_HANDLE = re.compile(r"(?<!\w)@\w+")
# From here on a byline talks about time or updates, not people.
_TAIL = re.compile(
    r"\s*(?:\b(?:updated?|published|posted|last updated|aktualisiert|veröffentlicht|publié|"
    r"mis à jour|actualizado|publicado|on|am|le|el)\b\s*:?\s*)?"
    r"(?:\d{1,2}[./\s]|\b(?:mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|"
    r"miércoles|jueves|viernes|sábado|domingo)\w*,?\s+\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|"
    r"mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|"
    r"octobre|novembre|décembre)\w*\.?\s+\d).*$",
    re.IGNORECASE,
)
_UPDATED_TAIL = re.compile(
    r"\s*[|•·,\-–—]?\s*\b(?:updated|published|posted|last updated|aktualisiert|veröffentlicht|"
    r"publié|mis à jour|actualizado|publicado|link copied|read more|follow)\b.*$",
    re.IGNORECASE,
)
_SPLIT = re.compile(
    r"\s*(?:,|;|\||•|·|/|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bog\b|\ben\b|\boch\b|\bi\b)\s*",
    re.IGNORECASE,
)
# Job titles and desk words: a part made only of these is a role, not a name.
_ROLE_WORDS = frozenset(
    """
    staff writer writers reporter reporters correspondent correspondents editor editors senior
    chief political business sports science health foreign national deputy managing contributing
    contributor columnist columnists analyst producer photographer photographers photo photos
    video news desk bureau team journalist journalists author authors special to the in of for
    redakteur redakteurin redaktion korrespondent korrespondentin reporterin autorin autor
    journaliste rédaction correspondant envoyé spécial redactor redactora corresponsal
    periodista enviado especial giornalista inviato editorial staff wire services agency
    agencies associated press by von par por di door from and und et y with mit avec con
    기자 特派員 記者
    """.split()
)
_INITIALS = re.compile(r"\s*\([^)]{1,12}\)")
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.\-]*$", re.UNICODE)
# Names longer than this are sentences that slipped through.
MAX_NAME_WORDS = 5
MAX_NAME_CHARS = 60


def clean_byline(text: str) -> str:
    """The byline as printed, without "By", dates, "Updated ..." or contact details."""
    text = clean_text(text)
    text = _EMPTY_BRACKETS.sub("", _EMAIL.sub("", _URL.sub("", text)))
    text = _UPDATED_TAIL.sub("", text)
    text = _TAIL.sub("", text)
    text = _LEAD.sub("", text)
    return text.strip(" ,;|:-–—•·")


def parse_byline(text: str) -> tuple[str, ...]:
    """Person (or desk) names in a printed byline, in order, without duplicates.

    >>> parse_byline("By Jane Doe and John Roe, Staff Writers")
    ('Jane Doe', 'John Roe')
    >>> parse_byline("Von Anna Weber und Jan Berg")
    ('Anna Weber', 'Jan Berg')
    """
    text = _INITIALS.sub("", _HANDLE.sub("", clean_byline(text)))
    names: list[str] = []
    for part in _SPLIT.split(text):
        name = _LEAD.sub("", _CREDIT_ROLE.sub("", part.strip(" .,:;()[]\"'"))).strip()
        name = _PLACE_TAIL.sub("", name)
        if _is_name(name):
            names.append(name)
    return tuple(dict.fromkeys(names))


def _is_name(part: str) -> bool:
    if not part or len(part) > MAX_NAME_CHARS:
        return False
    words = part.split()
    if len(words) > MAX_NAME_WORDS:
        return False
    if all(w.casefold().strip(".") in _ROLE_WORDS for w in words):
        return len(words) == 1 and part.casefold() in {"editorial", "staff"} and part[:1].isalpha()
    return all(_NAME_WORD.match(w) for w in words)


def split_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """Structured author names, each split again where it holds several ("A and B")."""
    result: list[str] = []
    for name in names:
        parts = parse_byline(name) if _SPLIT.search(name) or _INITIALS.search(name) else (name,)
        result.extend(parts or (name,))
    return tuple(dict.fromkeys(r for r in result if r))


def is_organization(name: str, publishers: list[str]) -> bool:
    """Whether a name is the publisher or site itself (never a person)."""
    folded = name.casefold().strip()
    for publisher in publishers:
        p = publisher.casefold().strip()
        if p and (folded == p or folded.replace(" ", "") == p.replace(" ", "")):
            return True
    return False
