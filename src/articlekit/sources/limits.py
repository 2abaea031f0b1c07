"""How long a field's value can be: longer text is not that field, and is never worked on.

The field modules clean and split values with regular expressions and fuzzy parsers whose cost
grows with the value's length, some of them faster than linearly (a pattern retried at every
offset). A page controls these values (an unclosed ``<title>`` swallows the rest of the page; a
``<meta name="author">`` can hold 100 KB), so each is bounded where the sources report it: a
value over its field's cap is dropped, as no real page writes one (each cap is several times the
longest value the corpora hold). The story's own text (``article_body``) and addresses
are not capped: their length is real, and nothing super-linear reads them.
"""

from __future__ import annotations

from .candidate import Candidate

# The longest headline in the corpora is under 200 characters; a title with the site's name
# and an SEO tail stays well under 1000.
MAX_HEADLINE_CHARS = 1000
# One person's name, or one printed byline with roles and a dateline: the corpora's longest
# byline is under 150 characters.
MAX_AUTHOR_CHARS = 500
# A page's joined author tags ("; " between 200 ``citation_author`` values still fits).
MAX_AUTHOR_LIST_CHARS = 20_000
# One tag is a few words (the corpora's longest is 150 characters).
MAX_TAG_CHARS = 1000
# A section is a few words, but JSON-LD often lists all the story's categories in it (280
# characters in the corpora); only the first is kept (``fields.section``), in linear time.
MAX_SECTION_CHARS = 5000
# A site's or publisher's name.
MAX_NAME_CHARS = 300
# A date as written, with its weekday, time and zone ("Published on ..." lines are cut at 120).
MAX_DATE_CHARS = 200
# A language code or a list of them.
MAX_LANGUAGE_CHARS = 100
# A description is a paragraph or two; some pages set the story's first screen as it (16 KB in
# the corpora), which is kept.
MAX_DESCRIPTION_CHARS = 50_000

# field -> the longest value it may have (a name list: the longest name). Fields not listed are
# not capped.
FIELD_CAPS: dict[str, int] = {
    "headline": MAX_HEADLINE_CHARS,
    "title": MAX_HEADLINE_CHARS,
    "h1": MAX_HEADLINE_CHARS,
    "authors": MAX_AUTHOR_CHARS,
    "byline_names": MAX_AUTHOR_CHARS,
    "credited_organizations": MAX_AUTHOR_CHARS,
    "byline_text": MAX_AUTHOR_CHARS,
    "author_text": MAX_AUTHOR_LIST_CHARS,
    "section": MAX_SECTION_CHARS,
    "tags": MAX_TAG_CHARS,
    "site_name": MAX_NAME_CHARS,
    "publisher": MAX_NAME_CHARS,
    "published": MAX_DATE_CHARS,
    "modified": MAX_DATE_CHARS,
    "language": MAX_LANGUAGE_CHARS,
    "description": MAX_DESCRIPTION_CHARS,
}


def within_cap(candidate: Candidate) -> Candidate | None:
    """The candidate if its value fits its field's cap; a name list keeps the names that fit;
    None when nothing is left."""
    cap = FIELD_CAPS.get(candidate.field)
    value = candidate.value
    if cap is None:
        return candidate
    if isinstance(value, str):
        return candidate if len(value) <= cap else None
    kept = tuple(v for v in value if len(v) <= cap)
    if len(kept) == len(value):
        return candidate
    return Candidate(candidate.field, kept, candidate.source) if kept else None


def fits_author(value: str) -> bool:
    """Whether one author tag's value can be a name or a byline (see ``MAX_AUTHOR_CHARS``)."""
    return len(value) <= MAX_AUTHOR_CHARS
