"""The section a story is filed under ("World", "Politik"), cleaned to a display name."""

from __future__ import annotations

import re

from ..dom.text import clean_text
from ..sources.candidate import Candidate
from ..sources.sections import BREADCRUMB, CATEGORY_LINK, CATEGORY_REL, KICKER, NAV_ACTIVE, SECTION_PAGE_LINK, TRAIL_NAMES

# "www.lrt.lt" -> "lrt", "MZ.de" -> "mz": a site's name as its domain.
_DOMAIN_PARTS = re.compile(r"^www\.|(?:\.[a-z]{2,6})+$", re.IGNORECASE)

# A section is a label; anything longer is a headline or a list of tags.
MAX_SECTION_CHARS = 40
# A blog's default category (WordPress files every post it is not told to file elsewhere under
# it), and a CMS's "Other": the section only when nothing else names one (folded).
DEFAULT_CATEGORIES = frozenset(
    {
        "uncategorized", "uncategorised", "unkategorisiert", "non classé", "sin categoría",
        "sem categoria", "senza categoria", "geen categorie", "bez kategorii", "ukategoriseret",
        "okategoriserade", "ukategorisert", "yleinen", "без рубрики", "未分類", "未分类",
        # a CMS's placeholder for "none of the above"
        "other", "others", "misc", "miscellaneous", "general",
    }
)
# A visible trail of more category crumbs than this is more likely a menu classed "breadcrumb"
# than a trail: a JSON-LD trail goes before it.
MAX_PREFERRED_CRUMBS = 4
# Labels a page (or its JSON-LD trail: "Category: Travel") sets before the category's name.
LABEL_PREFIXES = (
    "category:", "categories:", "kategorie:", "catégorie :", "catégorie:", "categoría:",
    "categoria:", "filed under:", "filed under", "posted in:", "posted in", "section:", "rubrik:",
)


def clean_section(value: str) -> str:
    """A display name: the first of a comma/slash list, trimmed; an empty string when unfit.

    >>> clean_section("news > world")
    'news > world'
    >>> clean_section("World, Middle East")
    'World'
    """
    text = _unlabel(clean_text(value).split(",")[0].strip(" /|"))
    if not text or len(text) > MAX_SECTION_CHARS or text.startswith(("http://", "https://")):
        return ""
    return text


def _unlabel(text: str) -> str:
    """A category name without the label printed before it.

    >>> _unlabel("Category: Travel")
    'Travel'
    """
    folded = text.casefold()
    for prefix in LABEL_PREFIXES:
        if folded.startswith(prefix):
            text = text[len(prefix):].strip()
            folded = text.casefold()
            break
    return text


def is_site_label(section: str, site_names: list[str]) -> bool:
    """Whether a section label is only the site's own name or domain (a breadcrumb's home).

    >>> is_site_label("MDR.DE", ["MDR"]), is_site_label("World", ["9News World"])
    (True, False)
    """
    label = _bare(section)
    return any(label == _bare(site) for site in site_names if site.strip())


def _bare(name: str) -> str:
    return _DOMAIN_PARTS.sub("", name.strip().casefold()).replace(" ", "")


# Where a section candidate was found -> its weight class, strongest first (lower wins). The
# reader's own evidence comes first: the breadcrumb trail, then the category printed with the
# headline, then what the page declares (``articleSection``, ``article:section``, Parse.ly), then
# a ``rel="category"`` link anywhere in the page, the highlighted navigation item, an unlinked
# kicker over the headline, the menu's
# link to the section page the URL's first segment names (its label as printed), and last the
# URL's first segment itself.
BREADCRUMB_RANK = 0
CATEGORY_LINK_RANK = 1
DECLARED_RANK = 2
CATEGORY_REL_RANK = 3
NAV_ACTIVE_RANK = 4
KICKER_RANK = 5
SECTION_PAGE_LINK_RANK = 6
URL_RANK = 7
EVIDENCE_RANKS: dict[str, int] = {
    BREADCRUMB: BREADCRUMB_RANK,
    CATEGORY_LINK: CATEGORY_LINK_RANK,
    CATEGORY_REL: CATEGORY_REL_RANK,
    NAV_ACTIVE: NAV_ACTIVE_RANK,
    KICKER: KICKER_RANK,
    SECTION_PAGE_LINK: SECTION_PAGE_LINK_RANK,
}
# Sources whose unplaced candidates are declared metadata.
DECLARING_SOURCES = frozenset({"jsonld", "opengraph", "microdata", "meta"})


def _rank(candidate: Candidate) -> int | None:
    """The candidate's weight class; None for a candidate the choice does not read."""
    if candidate.where:
        return EVIDENCE_RANKS.get(candidate.where)
    if candidate.source in DECLARING_SOURCES:
        return DECLARED_RANK
    if candidate.source == "url":
        return URL_RANK
    return None  # the html source's own unplaced reading of trails and links, read better here


def choose_section(ranked: list[Candidate], site_names: list[str]) -> tuple[str, str] | None:
    """The section and its source: the strongest kind of evidence that names one (see
    ``EVIDENCE_RANKS``), in precedence order within a kind; of a breadcrumb trail, its last
    category crumb. A label that is only the site's own name (a breadcrumb's first label is often
    the site itself: "derStandard.at", "MDR.DE") is passed over."""
    trail_names = {
        _fold(name)
        for c in ranked
        if c.where == TRAIL_NAMES and isinstance(c.value, tuple)
        for name in c.value
    }
    placed: list[tuple[int, int, int, Candidate]] = []
    for order, candidate in enumerate(ranked):
        rank = _rank(candidate)
        if rank is None:
            continue
        if rank == DECLARED_RANK and candidate.source == "jsonld" and isinstance(candidate.value, str):
            if _fold(candidate.value) in trail_names:
                continue  # a JSON-LD trail's crumb taken alone: the trail is read whole
        placed.append((rank, _order_in_rank(candidate), order, candidate))
    placed.sort(key=lambda p: (p[0], p[1], p[2]))
    # A site whose og:site_name is its section's ("Blog" on /blog/...): that name is the
    # section the URL files the page under, not the site's home.
    url_sections = {_fold(c.value) for c in ranked if c.source == "url" and isinstance(c.value, str)}
    site_names = [name for name in site_names if _fold(name) not in url_sections]
    fallback: tuple[str, str] | None = None
    for _, _, _, candidate in placed:
        section = _section_of(candidate, site_names)
        if section and _fold(section) in DEFAULT_CATEGORIES:
            fallback = fallback or (section, candidate.source)  # only if nothing else names one
        elif section:
            return section, candidate.source
    return fallback


def _order_in_rank(candidate: Candidate) -> int:
    """Of two trails, the one the reader sees (the page's own) before the JSON-LD one, unless
    it is so long that it is more likely a menu classed as a trail."""
    if candidate.source != "html":
        return 1
    long_trail = isinstance(candidate.value, tuple) and len(candidate.value) > MAX_PREFERRED_CRUMBS
    return 2 if long_trail else 0


def _section_of(candidate: Candidate, site_names: list[str]) -> str:
    values = candidate.value if isinstance(candidate.value, tuple) else (candidate.value,)
    for value in reversed(values):  # a trail: its last category crumb
        section = clean_section(value) if candidate.where == "" else _clean_label(value)
        if section and not is_site_label(section, site_names):
            return section
    return ""


def _clean_label(value: str) -> str:
    """A printed label: trimmed, not split at commas ("Health, Fitness & Nutrition" is one)."""
    text = _unlabel(clean_text(value).strip(" /|"))
    return text if 0 < len(text) <= MAX_SECTION_CHARS else ""


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())
