"""Bylines as printed -> person names.

"By Jane Doe and John Roe, Staff Writers" -> ("Jane Doe", "John Roe"). Roles, e-mail addresses,
handles, dates and "Updated ..." tails are dropped; organizations stay in the printed byline but
are not passed off as people when they are the publisher.
"""

from __future__ import annotations

import re

from ..dom.text import clean_text
from .byline_tables import (
    BARE_LEADS,
    CJK_LABELS,
    CJK_ROLE_WORDS,
    COMMENT_VERBS,
    GLUED_TITLE_WORDS,
    LEAD_VERBS,
    LEAD_WORDS,
    LINK_LABELS,
    NOT_NAMES,
    ROLE_WORDS,
    TITLE_WORDS,
)
from .names import has_boundary, is_cjk, split_people

_ROLE_WORDS, _TITLE_WORDS, _NOT_NAMES, _LINK_LABELS, _BARE_LEADS = (
    ROLE_WORDS,
    TITLE_WORDS,
    NOT_NAMES,
    LINK_LABELS,
    BARE_LEADS,
)

def _phrases(phrases: tuple[str, ...]) -> str:
    """An alternation of fixed phrases from a table (longest first, any spaces between words)."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(word) for word in phrase.split()) for phrase in ordered)


# Words that open a byline in the languages of the corpus and beyond (``byline_tables``).
_LEAD = re.compile(
    rf"^\s*(?:(?:{_phrases(LEAD_VERBS)})\s+)?(?:{_phrases(LEAD_WORDS)})\s*[:\-–]?\s+",
    re.IGNORECASE,
)
# An address starts where a run of its characters starts: without the lookbehind the search
# tried every offset of a long word again to its end (quadratic: a 100 KB word took seconds).
# A match found from inside a run would have been found from its start, so nothing changes.
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
# "Reporting by", "Editing by": credit-line roles before a name.
_CREDIT_ROLE = re.compile(
    r"^(?:additional\s+)?(?:reporting|editing|writing|compiled|produced|graphics|research|"
    r"photography|text|fotos?|bearbeitung|mitarbeit)\s+(?:by|von|par|por)?\s*:?\s*",
    re.IGNORECASE,
)
# "Ana Lima in Lisbon", "Jan Berg aus Berlin": the dateline's place, not part of the name.
_PLACE_TAIL = re.compile(r"\s+(?:in|aus|reporting from|from|à|en)\s+[A-ZÀ-Ý][\w.\- ]*$")
_URL = re.compile(r"https?://\S+|www\.\S+")
# "(Image: Getty Images)", "Photo: Ana Lima": picture credits name photographers and agencies.
_PICTURE_CREDIT = re.compile(
    r"\(\s*(?:image|photo|picture|pic|foto|bild|credit)s?\s*:[^)]*\)"
    r"|\b(?:image|photo|picture|foto|bild)s?\s*:.*$",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"(?<!\w)@\w+")
# From here on a byline talks about time or updates, not people.
_TAIL = re.compile(
    r"\s*(?:\b(?:updated?|published|posted|last updated|aktualisiert|veröffentlicht|publié|"
    r"mis à jour|actualizado|publicado|on|at|am|le|el)\b\s*:?\s*)?"
    r"(?:(?<!\w)\d{1,2}[./\s-]|(?<!\w)\d{4}-\d{2}-\d{2}|\b(?:mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|"
    r"miércoles|jueves|viernes|sábado|domingo)\w*,?\s+(?:[^\W\d_]{3,9}\.?\s+)?\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|"
    r"mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|"
    r"octobre|novembre|décembre)\w*\.?\s+\d).*$",
    re.IGNORECASE,
)
_UPDATED_TAIL = re.compile(
    r"\s*[|•·,\-–—]?\s*\b(?:(?:first|originally|zuerst)\s+(?:published|veröffentlicht)|updated|published|posted|last updated|aktualisiert|veröffentlicht|"
    r"publié|mis à jour|actualizado|publicado|link copied|read more|follow|stand:)(?!\w)(?!\s+(?:by|par|por|von)\b).*$",
    re.IGNORECASE,
)
_INITIALS = re.compile(r"\s*\([^)]{1,12}\)")
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.\-]*$", re.UNICODE)
# Names longer than this are sentences that slipped through.
MAX_NAME_WORDS = 5
MAX_NAME_CHARS = 60


# "Medically reviewed by", "Fact checked by", "Edited by": the people who checked the story.
# After the writers' names they are not its authors; alone, they are all the page credits.
_REVIEWER = re.compile(
    r"\s*[|•·,.;\-–—]?\s*\b(?:(?:medically|legally|clinically|expert)\s+)?(?:reviewed|fact[\s-]?checked|"
    r"edited|updated|überprüft|geprüft)\s+by\b.*$",
    re.IGNORECASE,
)
# "Written byAna Lima": markup that sets the name in its own element, with no space before it.
_GLUED_LEAD = re.compile(r"^\s*(?:written|reported|posted|reviewed)\s+by(?=(?-i:[A-Z]))", re.IGNORECASE)


# A date printed before the names: "03/01/2017 by Ana Lima", "Dec. 19, 2025 · Ana Lima".
_LEADING_DATE = re.compile(
    r"^\s*(?:(?:posted|published|updated)(?:\s+on)?\s+)?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|[^\W\d_]{3,9}\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\.?\s+[^\W\d_]{3,9}\.?\s+\d{4})\s*(?:[|•·,\-–—]\s*|(?=by\b|von\b|par\b|por\b))",
    re.IGNORECASE,
)
# "View all posts by Ana Lima": an author link's label around the name.
_LINK_LABEL_LEAD = re.compile(
    r"^\s*(?:(?:view|see|read|browse|more)\s+(?:all\s+|more\s+)?(?:posts|articles|stories|content)\s+(?=by\b)"
    r"|(?:read|learn)\s+more\s+about\s+(?=(?-i:[A-ZÀ-Ý])))",
    re.IGNORECASE,
)
# "Ana Lima on behalf of the Rust team", "Ana Lima from the Paris bureau": not other authors.
_ON_BEHALF = re.compile(r"\s+(?:on behalf of|from the)\s.*$", re.IGNORECASE)


# "Von Anna Weber, Fr": a weekday left from a date line the tail cut ("Fr, 12.03.").
_WEEKDAY_END = re.compile(
    r"(?:\s*[,|•·]\s*(?-i:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[.,]?"
    r"|\s+(?-i:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.)\s*$"
)


# "Updated January 8, 2026 Written by Ana Lima": a date line before the byline. The names
# start at the label that follows the date ("by" right after "Updated" names who updated it).
_DATED_OPENING = re.compile(
    r"^\s*(?:last\s+)?(?:updated|published|posted|aktualisiert|veröffentlicht|publié|actualizado|publicado)\b",
    re.IGNORECASE,
)
_LATE_LEAD = re.compile(r"\b(?:(?:written|authored|reported|article|story)\s+)?(?:by|von|par|por)\s+(?=(?-i:[A-ZÀ-Ý]))", re.IGNORECASE)


def _from_late_lead(text: str) -> str:
    opening = _DATED_OPENING.match(text)
    if opening is None:
        return text
    lead = _LATE_LEAD.search(text, opening.end())
    if lead is None or not text[opening.end() : lead.start()].strip():
        return text
    return text[lead.start() :]


def clean_byline(text: str) -> str:
    """The byline as printed, without "By", dates, "Updated ..." or contact details."""
    text = _from_late_lead(clean_text(text))
    text = _ON_BEHALF.sub("", _LEADING_DATE.sub("", _LINK_LABEL_LEAD.sub("", text)))
    text = _GLUED_LEAD.sub("", text)
    reviewer = _REVIEWER.search(text)
    if reviewer is not None and reviewer.start() > 0:
        text = text[: reviewer.start()]
    text = _EMPTY_BRACKETS.sub("", _EMAIL.sub("", _URL.sub("", _PICTURE_CREDIT.sub("", text))))
    text = _UPDATED_TAIL.sub("", text)
    text = _TAIL.sub("", text)
    text = _WEEKDAY_END.sub("", text)
    text = _LEAD.sub("", text)
    return text.strip(_END_MARKS)


# Marks around a byline that belong to its layout: separators and bullets ("Ana Lima ●").
_END_MARKS = " ,;|:-–—•·●▪◦"


# "byClemson News": markup that glues the label to the name.
_GLUED_BY = re.compile(r"^\s*(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or)(?=[A-ZÀ-Ý][a-zà-ÿ])")
# "Howard BlumeStaff Writer": a title glued to the name's last word.
_GLUED_WORD = re.compile(r"(?<=[a-zà-ÿ])([A-Z][a-z]+)(?![\w'’])")


def _unglue_titles(text: str) -> str:
    """ "Howard BlumeStaff Writer" -> "Howard Blume, Staff Writer": only a title word is set
    apart, so "McCarthy" or "DeShawn" stay whole."""
    if _GLUED_WORD.search(text) is None:
        return text
    return _GLUED_WORD.sub(lambda m: f", {m.group(1)}" if m.group(1).casefold() in GLUED_TITLE_WORDS else m.group(1), text)


def _after_cjk_label(text: str) -> str:
    """ "来源：人民网 作者：张三" -> "张三": in CJK bylines, the text after the last label."""
    cut = max((text.rfind(label) + len(label) for label in CJK_LABELS if label in text), default=-1)
    if cut >= 0:
        text = text[cut:]
    for word in CJK_ROLE_WORDS:
        if word in text:
            text = text.replace(word, " ")
    return text


def _cjk_apart(parts: list[str]) -> list[str]:
    """CJK names are written without spaces: words set apart by spaces are several people."""
    result: list[str] = []
    for part in parts:
        words = [w for w in part.split() if w.casefold() not in _TITLE_WORDS]
        if len(words) > 1 and all(is_cjk(w) and len(w) <= MAX_CJK_NAME_CHARS for w in words):
            result.extend(words)
        else:
            result.append(part)
    return result


MAX_CJK_NAME_CHARS = 4


def _strip_dot(part: str) -> str:
    """A part without the full stop after it, but with the dot of an abbreviation ("Ph.D.",
    "Jr.", "Sarah E.")."""
    part = part.strip(" .") if not part.endswith(".") else part.rstrip(" ").lstrip(" .")
    if not part.endswith("."):
        return part
    if part.split()[-1].strip(".") == "":
        return part.rstrip(" .")  # "Erik Demaine .": a full stop set apart
    last = part.split()[-1][:-1] if part.split() else ""
    if "." in last or len(last) <= 2 or last.casefold() in _KEEP_DOT:
        return part
    return part.rstrip(".")


_KEEP_DOT = frozenset({"jr", "sr", "esq", "dr", "prof"})


def _is_comment_line(text: str) -> bool:
    """ "Aylin sagt:", "Art Edwards, says:": a comment's author, not the story's."""
    words = text.rstrip(" :.").split()
    return len(words) >= 2 and words[-1].casefold() in COMMENT_VERBS


def parse_byline(text: str) -> tuple[str, ...]:
    """Person (or desk) names in a printed byline, in order, without duplicates.

    >>> parse_byline("By Jane Doe and John Roe, Staff Writers")
    ('Jane Doe', 'John Roe')
    >>> parse_byline("Von Anna Weber und Jan Berg")
    ('Anna Weber', 'Jan Berg')
    """
    if _is_comment_line(clean_text(text)):
        return ()
    cleaned = clean_byline(_GLUED_BY.sub("", text))
    if is_cjk(cleaned):
        cleaned = _after_cjk_label(cleaned)
    text = _INITIALS.sub("", _HANDLE.sub("", _unglue_titles(cleaned)))
    names: list[str] = []
    for part in _cjk_apart(split_people(text)):
        bare = _strip_dot(part.strip(" ,:;()[]\"'*"))
        if bare.casefold() in _BARE_LEADS and names:
            names.clear()
            continue
        if _LEAD.sub("", bare + " ").strip() == "":
            continue  # "Written By:" in a part of its own: the names follow
        bare = _without_dash_role(bare)
        name = _LEAD.sub("", _CREDIT_ROLE.sub("", bare)).strip()
        name = _strip_titles(_PLACE_TAIL.sub("", name))
        if name is _EMPLOYER:
            break  # what follows names the employer, not more people
        if not _is_name(name) or _KICKER_BY.search(name):
            name = _after_kicker(bare)
        if _is_name(name):
            if names and _initials_of(names[-1], name):
                names.pop()  # "NB, Nicole Burke": the initials a portrait's placeholder prints
            names.append(name)
    return tuple(dict.fromkeys(names))


# "Heard on All Things Considered By Sergio Martínez-Beltrán": a kicker run into the byline.
# The label is capitalised, so that prose ("a story written by hand") is not read as one.
_KICKER_BY = re.compile(r"\s(?:By|BY)\s+(?=[A-ZÀ-Ý])")


def _after_kicker(part: str) -> str:
    """The name after the last capitalised label in a part too long to be a name, or ""."""
    last = None
    for last in _KICKER_BY.finditer(part):
        pass
    if last is None:
        return ""
    return _strip_titles(_PLACE_TAIL.sub("", part[last.end() :].strip()))


def _initials_of(short: str, name: str) -> bool:
    """Whether ``short`` is ``name``'s initials in capitals ("NB" of "Nicole Burke")."""
    words = name.split()
    return short.isupper() and " " not in short and len(words) > 1 and short == "".join(w[0] for w in words).upper()


# "Eliz - Product marketer": a role set after the name with a spaced dash.
_SPACED_DASH = re.compile(r"\s[-–—]\s")


def _without_dash_role(part: str) -> str:
    pieces = _SPACED_DASH.split(part, maxsplit=1)
    if len(pieces) == 2:
        role = pieces[1].split()
        if role and role[-1].casefold().strip(".,") in _ROLE_WORDS:
            return pieces[0].strip()
    return part


_EMPLOYER = "\x00employer"  # what _strip_titles gives for "Role at Employer"
_EMPLOYER_JOINTS = frozenset({"at", "of", "bei", "chez"})
# Before "of"/"at", "Head" is a title too ("Head of Marketing"); alone it may be a surname.
_JOINED_TITLES = _TITLE_WORDS | {"head"}


def _strip_titles(name: str) -> str:
    """A name without the job title written before or after it in the same part."""
    words = name.split()
    joint = next((w for w in words if w in _EMPLOYER_JOINTS), None)
    if joint and any(w.casefold().strip(".,") in _JOINED_TITLES for w in words[: words.index(joint)]):
        return _EMPLOYER  # "Trial Attorney at Morgan & Morgan", "CEO of Acme": a role, its employer
    if all(w.casefold().strip(".,") in _ROLE_WORDS for w in words):
        return name  # a role alone ("Staff Writers") is judged whole
    titled = False
    while len(words) > 1 and words[-1].casefold().strip(".,") in _TITLE_WORDS:
        words.pop()
        titled = True
    if titled:
        # What qualified the title goes with it: "Keith Barry Senior Autos Reporter" -> "Keith
        # Barry"; "Former McKinsey Consultant" names nobody.
        first_role = next((i for i, w in enumerate(words) if w.casefold().strip(".,") in _ROLE_WORDS), None)
        if first_role is not None:
            words = words[:first_role]
            if len(words) < MIN_QUALIFIED_NAME_WORDS:
                return ""  # "Extension horticulture educators": a department qualifies the title
        if all(w.isupper() and len(w) <= MAX_ACRONYM_CHARS for w in words):
            return ""  # "AP Auto Writer": the agency qualifies the title, it is no one's name
    while len(words) > 1 and words[0].casefold().strip(".,") in _TITLE_WORDS:
        words.pop(0)
    return " ".join(words)


MAX_ACRONYM_CHARS = 4
# Before a qualified title ("Senior Autos Reporter"), a name has this many words at least: a
# single word there is the title's department ("Extension horticulture educators").
MIN_QUALIFIED_NAME_WORDS = 2


def _is_name(part: str) -> bool:
    if not part or len(part) > MAX_NAME_CHARS or len(part.replace(".", "")) < 2:
        return False
    words = part.split()
    if len(words) > MAX_NAME_WORDS or part.casefold() in _NOT_NAMES or part.casefold().startswith(_LINK_LABELS):
        return False
    if all(w.casefold().strip(".") in _ROLE_WORDS for w in words):
        if len(words) > 1 and words[-1].casefold() == "team" and part[:1].isupper():
            return True  # "Marketing Team": a desk signs its own posts
        return len(words) == 1 and part.casefold() in {"editorial", "staff"} and part[:1].isalpha()
    return all(_NAME_WORD.match(w) for w in words)


# Label words that are also the first word of real names ("Von Miller", "De Wet", "Di Maria",
# "Text" as a surname): in a structured Person's name, capitalised and without a colon, they
# are the name, not a byline's label.
NAME_LIKE_LEADS = frozenset({"von", "vom", "de", "di", "door", "av", "af", "od", "par", "por", "text", "texto", "from"})


def _without_lead(name: str, structured: bool) -> str:
    """The name without a byline label before it ("by Geri Mileva", "Autor: Ana Lima")."""
    match = _LEAD.match(name)
    if match is None:
        return name.strip()
    lead = match.group(0)
    words = lead.split()
    if structured and ":" not in lead and len(words) == 1 and lead.strip()[:1].isupper():
        if words[0].lower().strip(":-–") in NAME_LIKE_LEADS:
            return name.strip()
    return name[match.end():].strip()


def split_names(names: tuple[str, ...], whole: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Structured author names, each split again where it holds several ("A and B"). A name in
    ``whole`` (a structured Person's) is split only at a mark or a word that joins people
    ("A, B", "A and B"): never at an initial or a one-letter word ("Sarah E. Needleman")."""
    result: list[str] = []
    # "Updated by Jon Linkov" beside the writers credits the person who checked the story.
    writers = [n for n in names if _REVIEWER.match(n) is None] or list(names)
    for name in writers:
        name = _without_lead(_GLUED_BY.sub("", name), name in whole) or name  # "by Geri Mileva" in a structured field
        if name in whole and not has_boundary(name, strong=True):
            name = _INITIALS.sub("", name)  # "Elena Oberholzer (obe)": the name without its short form
            if _is_name(_strip_dot(name.strip(" ,;:"))) or " " not in name:
                result.append(name.strip())
            continue
        parts = parse_byline(name) if has_boundary(name) or _INITIALS.search(name) else (name,)
        if parts or not _PICTURE_CREDIT.search(name):
            result.extend(parts or (name,))
    return tuple(dict.fromkeys(r for r in result if r))


_DOMAIN = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.IGNORECASE)
_DOMAIN_SUFFIX = re.compile(r"^www\.|(?:\.[a-z]{2,6})+$", re.IGNORECASE)
# An acronym is compared with a name's initials only from this many letters on ("DW", "LTO").
MIN_ACRONYM = 2


def is_organization(name: str, publishers: list[str]) -> bool:
    """Whether a credited name is an organization: the publisher or site itself (also as its
    domain or its initials), or a web domain. A news agency is credited like an author
    (pages name it beside people: "Ana Lima, dpa"), so it is not one of these. A desk ("Podium Staff") is not:
    it is the page's own byline, and stronger than a name found in a weaker source.

    >>> is_organization("LTO", ["Legal Tribune Online"]), is_organization("mdr.de", ["MDR"])
    (True, True)
    """
    folded = " ".join(name.casefold().split())
    if _DOMAIN.match(folded):
        return True
    return any(_is_publisher(folded, p) for p in publishers if p.strip())


def _is_publisher(folded: str, publisher: str) -> bool:
    site = " ".join(publisher.casefold().split())
    core = _DOMAIN_SUFFIX.sub("", site) if _DOMAIN.match(site) else site
    if folded.replace(" ", "") in (site.replace(" ", ""), core.replace(" ", "")):
        return True
    name_words, site_words = folded.split(), core.split()
    # "VnExpress" of "Báo VnExpress", "MDR THÜRINGEN" of "MDR": one names the other.
    if set(name_words) <= set(site_words) or name_words[: len(site_words)] == site_words:
        return True
    return _initials(site_words) == folded or _initials(name_words) == core


def _initials(words: list[str]) -> str:
    letters = "".join(w[0] for w in words if w and w[0].isalnum())
    return letters if len(words) >= MIN_ACRONYM and len(letters) >= MIN_ACRONYM else ""
