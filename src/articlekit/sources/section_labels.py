"""What is and is not a section label: the words of a home crumb, a page kind, a format
kicker; the paths of a topic page and of a section page. Shared by the readings of trails and
category links (``sources.sections``) and of the navigation (``sources.section_nav``)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# A year or a numeric day in a label: a date printed where a category could be, not one.
_DATE_LIKE = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")
# A section is a label of a word or a few; longer text is a headline or a teaser.
MAX_LABEL_CHARS = 40
# Labels that name what kind of page this is, not a section (folded): a trail's "Article" crumb,
# the "current article" some trails end with.
NOT_SECTION_LABELS = frozenset(
    {
        "article", "articles", "artikel", "story", "stories", "post", "posts", "page", "pages",
        "aktueller artikel", "current article", "current page", "you are here", "sie sind hier",
        "vous êtes ici", "usted está aquí", "du er her", "search", "suche", "menu", "login",
        "sign in", "subscribe", "español", "english", "deutsch", "français", "archive", "archives",
        "all articles", "all posts", "all stories",
    }
)
# Openings of a "back to the listing" link, whose rest names the section ("Back to Blog").
BACK_LINK_OPENINGS = ("back to all ", "back to ", "zurück zu ", "zurück zur ", "retour à ", "volver a ")
# Arrows a back link or a crumb's separator sets before its label.
_ARROWS = " <←‹«>→›»/|·"
# Format kickers printed over a headline: what kind of story, not which section files it.
FORMAT_KICKERS = frozenset(
    {
        "live", "liveblog", "live blog", "live ticker", "liveticker", "ticker", "analysis", "analyse",
        "exclusive", "exklusiv", "exclusif", "breaking", "breaking news", "eilmeldung", "premium",
        "plus", "update", "video", "podcast", "interview", "kommentar", "opinion piece", "sponsored",
        "advertorial", "anzeige", "watch", "listen", "explainer", "fact check", "faktencheck",
    }
)

# Labels of a trail's first crumb that name the home page, not a section (folded).
HOME_LABELS = frozenset(
    {
        "home", "homepage", "home page", "main", "main page", "start", "startseite", "accueil",
        "inicio", "portada", "início", "forside", "hjem", "etusivu", "hem", "strona główna",
        "úvod", "kezdőlap", "anasayfa", "ana sayfa", "inizio", "pagina iniziale", "voorpagina",
        "beranda", "trang chủ", "главная", "головна", "ホーム", "首页", "홈",
    }
)
# A word that marks a crumb as the home page wherever it stands in the label ("GT Home",
# "Outsource Services Home").
HOME_WORDS = frozenset({"home", "startseite", "accueil", "homepage"})
# Path segments of a topic or tag page: a trail ending in one has its real section before it.
TOPIC_PATH_SEGMENTS = frozenset(
    """tag tags thema themen topic topics schlagwort schlagworte stichwort keyword keywords
    etiqueta etiquetas tema temas sujet sujets argomento argomenti onderwerp""".split()
)
# Path segments of a section or category page (what a category link above a headline links to).
SECTION_PATH_SEGMENTS = frozenset(
    """category categories categoria categorias categorie catégorie kategorie kategori cat
    section sections sektion rubrik rubriken ressort ressorts rubrique rubriques rubrica
    secciones seccion sezione""".split()
)

def fold(text: str) -> str:
    return " ".join(text.casefold().split())


def path_segments(href: str) -> list[str]:
    try:
        path = urlsplit(href.strip()).path
    except ValueError:
        return []
    return [s.lower() for s in path.split("/") if s]


def is_home(label: str, href: str) -> bool:
    """Whether a crumb is the home page: its label says so, or it links to the site's root.

    >>> is_home("GT Home", "https://gatech.edu/"), is_home("World", "/world/")
    (True, False)
    """
    folded = fold(label)
    if folded in HOME_LABELS or not HOME_WORDS.isdisjoint(folded.split()):
        return True
    return bool(href.strip()) and not path_segments(href) and "?" not in href


def is_topic_page(href: str) -> bool:
    """Whether a link goes to a topic or tag page ("/thema/ukraine", "/tag/gear/")."""
    return not TOPIC_PATH_SEGMENTS.isdisjoint(path_segments(href))


def unback(text: str) -> str:
    """A label without its arrows, a back link without its "Back to" ("← Back to Blog": "Blog").

    >>> unback("< Back to all blog page"), unback("› World")
    ('blog page', 'World')
    """
    text = text.strip(_ARROWS)
    lowered = text.lower()
    for opening in BACK_LINK_OPENINGS:
        if lowered.startswith(opening):
            return text[len(opening):].strip(_ARROWS)
    return text


def label_of(text: str) -> str:
    """A category label as printed, or "" for text that is not one (too long, a home link, a
    format kicker, a label ending in a colon, a date).

    >>> label_of("World"), label_of("July 29, 2025"), label_of("12.03.2025")
    ('World', '', '')
    """
    text = unback(text)
    if not text or len(text) > MAX_LABEL_CHARS or text.endswith(":") or is_home(text, ""):
        return ""
    if _DATE_LIKE.search(text):
        return ""
    folded = fold(text)
    return "" if folded in FORMAT_KICKERS or folded in NOT_SECTION_LABELS else text


def links_section(href: str, page_path: list[str]) -> bool:
    """Whether a link goes to a section page: a category path, or a shorter path the page's
    own URL lies under ("/news/south-africa/" over "/news/south-africa/2025-...")."""
    segments = path_segments(href)
    if not segments or is_topic_page(href):
        return False
    if not SECTION_PATH_SEGMENTS.isdisjoint(segments):
        return True
    return len(segments) < len(page_path) and page_path[: len(segments)] == segments
