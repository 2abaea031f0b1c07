"""The page's language and region, as a hint for reading its dates: whether ``02/10/2020`` is
the 2nd of October or February the 10th, and which zone "CST" or "IST" names.

The markup says it (``<html lang="en-GB">``, ``og:locale`` ``en_GB``); a language without a
region takes the country of the host's top-level domain (``.co.uk``, ``.com.au``, ``.ie``).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from ..sources.candidate import Candidates

# Country-code top-level domains whose country differs from the code ("uk" is GB).
TLD_COUNTRIES: dict[str, str] = {"uk": "GB"}
# Generic top-level domains: they name no country.
GENERIC_TLDS = frozenset("com org net info biz edu gov mil int io co ai app dev news blog eu".split())
# A language tag's region is two letters ("en-GB") or three digits ("es-419").
REGION_CHARS = (2, 3)


def page_region(candidates: Candidates, url: str | None) -> str | None:
    """A language tag with a region where the page gives one ("en-GB", "de", "en-AU"), else None."""
    tags = [value for value, _ in candidates.texts("language")]
    tag = next((_normal(t) for t in tags if _normal(t)), None)
    country = _country(url)
    if tag is None:
        return country.lower() if country else None
    if "-" not in tag and country:
        return f"{tag}-{country}"
    return tag


def _normal(tag: str) -> str | None:
    parts = tag.strip().replace("_", "-").split(",")[0].strip().split("-")
    language = parts[0].lower()
    if not (2 <= len(language) <= 3) or not language.isalpha():
        return None
    region = next((p for p in parts[1:] if len(p) in REGION_CHARS), None)
    return f"{language}-{region.upper()}" if region else language


def _country(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    tld = host.rsplit(".", 1)[-1].lower()
    if len(tld) != 2 or tld in GENERIC_TLDS or not tld.isalpha():
        return None
    return TLD_COUNTRIES.get(tld, tld.upper())
