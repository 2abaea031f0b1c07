"""The section a story is filed under ("World", "Politik"), cleaned to a display name."""

from __future__ import annotations

import re

from ..dom.text import clean_text
from ..sources.candidate import Candidate

# "www.lrt.lt" -> "lrt", "MZ.de" -> "mz": a site's name as its domain.
_DOMAIN_PARTS = re.compile(r"^www\.|(?:\.[a-z]{2,6})+$", re.IGNORECASE)

# A section is a label; anything longer is a headline or a list of tags.
MAX_SECTION_CHARS = 40


def clean_section(value: str) -> str:
    """A display name: the first of a comma/slash list, trimmed; an empty string when unfit.

    >>> clean_section("news > world")
    'news > world'
    >>> clean_section("World, Middle East")
    'World'
    """
    text = clean_text(value).split(",")[0].strip(" /|")
    if not text or len(text) > MAX_SECTION_CHARS or text.startswith(("http://", "https://")):
        return ""
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


def choose_section(ranked: list[Candidate], site_names: list[str]) -> tuple[str, str] | None:
    """The section and its source: the first candidate (in precedence order) that is a label
    and not the site's own name (a breadcrumb's first label is often the site itself:
    "derStandard.at", "MDR.DE")."""
    for candidate in ranked:
        section = clean_section(str(candidate.value))
        if section and not is_site_label(section, site_names):
            return section, candidate.source
    return None
