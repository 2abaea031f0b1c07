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
    r"^\s*(?:(?:written|reported|posted|published|text|story|article|words|photos?|video|"
    r"interview|analysis|opinion|commentary|recipe|(?:medically\s+)?reviewed|fact[\s-]?checked|edited)\s+)?"
    r"(?:by|from|von|vom|par|por|di|de|door|av|af|przez|od|autor(?:in)?|author|auteur|"
    r"autore|redacción|texto|text|reporter)\s*[:\-–]?\s+",
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
    r"\s*[|•·,\-–—]?\s*\b(?:updated|published|posted|last updated|aktualisiert|veröffentlicht|"
    r"publié|mis à jour|actualizado|publicado|link copied|read more|follow|stand:)(?!\w)(?!\s+by\b).*$",
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
    journaliste rédaction correspondant correspondante envoyé envoyée spécial spéciale redactor redactora corresponsal
    periodista enviado especial giornalista inviato editorial staff wire services agency
    agencies nachrichtenagentur agentur agence agencia associated press by von par por di door from and und et y with mit avec con
    기자 特派員 記者
    autoren autorinnen auteurs autores twitter facebook instagram linkedin whatsapp youtube
    tiktok threads bluesky mastodon telegram email e-mail mail
    tech technology culture travel food style fashion entertainment economics economy finance
    markets climate environment education legal crime investigations investigative data digital
    politics world lead founder co-founder cofounder ceo reviewer expert specialist attorney
    lawyer md phd dvm rn former consultant director manager marketing officer president vice
    head strategist coach nutritionist dietitian therapist physician nurse trainer instructor
    professor scientist engineer developer designer researcher advisor adviser planner
    """.split()
)
# A person's job title, written before or after the name in one part: "Senior Correspondent
# Jane Doe", "신현주 기자". Desk words (team, staff, desk, editors) are not here: in "Podium
# Staff" or "TOI Lifestyle Desk" they belong to the desk's name.
_TITLE_WORDS = frozenset(
    """
    reporter correspondent writer editor columnist contributor journalist senior chief deputy
    managing contributing political foreign special redakteur redakteurin korrespondent
    korrespondentin reporterin journaliste correspondant correspondante envoyé spécial redactor
    redactora corresponsal periodista enviado giornalista inviato 기자 특파원 記者 特派員
    founder co-founder cofounder ceo reviewer attorney lawyer consultant
    """.split()
)
# Share buttons and social links that sit in byline boxes; never a name.
_NOT_NAMES = frozenset(
    """
    twitter facebook linkedin instagram whatsapp telegram threads bluesky youtube tiktok pinterest
    reddit flipboard rss email e-mail mail share teilen partager compartir print drucken copy
    comments kommentare x says
    """.split()
) | frozenset(
    {
        "full bio", "view all posts", "view more posts", "more posts", "view profile", "more articles",
        "all articles", "read bio", "all stories", "more by this author", "written by", "posted by",
        "more posts from this author", "more from this author", "more articles by this author",
        "see all", "see more", "view all", "all posts", "more", "about the author", "著者一覧",
        "last update", "last updated", "updated", "sponsored", "sponsored by", "sponsored content",
        "partner content", "insights from", "min read", "mins read", "minute read", "minutes read",
    }
)
# Openings of a link's label in an author box ("Learn more about our contributors").
_LINK_LABELS = ("learn more", "read more", "see more", "see all", "view all", "view more", "more from", "more by")
# Words that open a byline, alone in a part: "capital, von, Jemima Kelly" (a kicker, then the
# byline): what stands before it is not a name.
_BARE_LEADS = frozenset("by von vom par por door av af di de przez".split())
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
    r"^\s*(?:view|see|read|browse|more)\s+(?:all\s+|more\s+)?(?:posts|articles|stories|content)\s+(?=by\b)",
    re.IGNORECASE,
)
# "Ana Lima on behalf of the Rust team", "Ana Lima from the Paris bureau": not other authors.
_ON_BEHALF = re.compile(r"\s+(?:on behalf of|from the)\s.*$", re.IGNORECASE)


def clean_byline(text: str) -> str:
    """The byline as printed, without "By", dates, "Updated ..." or contact details."""
    text = clean_text(text)
    text = _ON_BEHALF.sub("", _LEADING_DATE.sub("", _LINK_LABEL_LEAD.sub("", text)))
    text = _GLUED_LEAD.sub("", text)
    reviewer = _REVIEWER.search(text)
    if reviewer is not None and reviewer.start() > 0:
        text = text[: reviewer.start()]
    text = _EMPTY_BRACKETS.sub("", _EMAIL.sub("", _URL.sub("", _PICTURE_CREDIT.sub("", text))))
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
        bare = part.strip(" .,:;()[]\"'")
        if bare.casefold() in _BARE_LEADS and names:
            names.clear()
            continue
        if _LEAD.sub("", bare + " ").strip() == "":
            continue  # "Written By:" in a part of its own: the names follow
        name = _LEAD.sub("", _CREDIT_ROLE.sub("", bare)).strip()
        name = _strip_titles(_PLACE_TAIL.sub("", name))
        if name is _EMPLOYER:
            break  # what follows names the employer, not more people
        if _is_name(name):
            names.append(name)
    return tuple(dict.fromkeys(names))


_EMPLOYER = "\x00employer"  # what _strip_titles gives for "Role at Employer"
_EMPLOYER_JOINTS = frozenset({"at", "of", "bei", "chez"})


def _strip_titles(name: str) -> str:
    """A name without the job title written before or after it in the same part."""
    words = name.split()
    joint = next((w for w in words if w in _EMPLOYER_JOINTS), None)
    if joint and any(w.casefold().strip(".,") in _TITLE_WORDS for w in words[: words.index(joint)]):
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
            if not words:
                return ""
    while len(words) > 1 and words[0].casefold().strip(".,") in _TITLE_WORDS:
        words.pop(0)
    return " ".join(words)


def _is_name(part: str) -> bool:
    if not part or len(part) > MAX_NAME_CHARS:
        return False
    words = part.split()
    if len(words) > MAX_NAME_WORDS or part.casefold() in _NOT_NAMES or part.casefold().startswith(_LINK_LABELS):
        return False
    if all(w.casefold().strip(".") in _ROLE_WORDS for w in words):
        return len(words) == 1 and part.casefold() in {"editorial", "staff"} and part[:1].isalpha()
    return all(_NAME_WORD.match(w) for w in words)


def split_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """Structured author names, each split again where it holds several ("A and B")."""
    result: list[str] = []
    # "Updated by Jon Linkov" beside the writers credits the person who checked the story.
    writers = [n for n in names if _REVIEWER.match(n) is None] or list(names)
    for name in writers:
        name = _LEAD.sub("", name).strip() or name  # "by Geri Mileva" in a structured field
        parts = parse_byline(name) if _SPLIT.search(name) or _INITIALS.search(name) else (name,)
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
