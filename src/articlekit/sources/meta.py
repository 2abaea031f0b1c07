"""Plain ``<meta name=...>`` tags: author, dates, section, keywords, Dublin Core, Parse.ly."""

from __future__ import annotations

import re

from collections.abc import Iterator

from ..dom.tree import Element

from .index import PageIndex, as_index
from .candidate import Candidate, joined_authors
from .limits import fits_author

SOURCE = "meta"

_FIELDS = {
    "author": "author_text",
    "citation_author": "author_text",
    "citation_authors": "author_text",
    "dc.creator": "author_text",
    "dcterms.creator": "author_text",
    "parsely-author": "author_text",
    "sailthru.author": "author_text",
    "byl": "author_text",
    "article.author": "author_text",
    "description": "description",
    "dc.description": "description",
    "dc.title": "headline",
    "parsely-title": "headline",
    "sailthru.title": "headline",
    "title": "headline",
    "headline": "headline",
    "pubdate": "published",
    "publishdate": "published",
    "publish-date": "published",
    "publish_date": "published",
    "published_time": "published",
    "date": "published",
    "dc.date": "published",
    "dc.date.issued": "published",
    "dc.date.created": "published",
    "dcterms.created": "published",
    "dcterms.issued": "published",
    "parsely-pub-date": "published",
    "sailthru.date": "published",
    "article.published": "published",
    "article_date_original": "published",
    "original-publish-date": "published",
    "datepublished": "published",
    "creation_date": "published",
    "displaydate": "published",
    # Highwire Press tags of scholarly pages ("2023/01/07", "2023 Jan 7"), and PRISM.
    "citation_publication_date": "published",
    "citation_date": "published",
    "citation_online_date": "published",
    "prism.publicationdate": "published",
    "last-modified": "modified",
    "lastmod": "modified",
    "dc.date.modified": "modified",
    "dcterms.modified": "modified",
    "article.updated": "modified",
    "datemodified": "modified",
    "section": "section",
    "parsely-section": "section",
    "article.section": "section",
    "category": "section",
    "keywords": "tag",
    "news_keywords": "tag",
    "parsely-tags": "tag",
    "sailthru.tags": "tag",
    "application-name": "site_name",
    "dc.publisher": "publisher",
    "dc.language": "language",
    "content-language": "language",
    "language": "language",
}


def _date_field(key: str) -> str | None:
    """Site-specific names that say what they hold ("w-published-date", "article-updated")."""
    if key.startswith(("og:", "article:", "twitter:")) or ("date" not in key and "time" not in key and "publish" not in key):
        return None
    if "publish" in key and "publisher" not in key:
        return "published"
    if "modif" in key or "updat" in key:
        return "modified"
    return None


# Twitter card labels ("twitter:label1" = "Written by", "twitter:data1" = "Ana Lima"): the
# label says what the data tag beside it holds.
_TWITTER_LABEL = "twitter:label"
_TWITTER_DATA = "twitter:data"
_AUTHOR_LABELS = frozenset({"written by", "author", "authored by", "by", "geschrieben von", "verfasst von", "autor", "écrit par", "escrito por", "auteur"})


def candidates(page: Element | PageIndex) -> Iterator[Candidate]:
    tags: list[str] = []
    authors: dict[str, list[str]] = {}
    labelled: set[str] = set()
    for key, content in as_index(page).meta_tags:
        field = _FIELDS.get(key) or _date_field(key)
        if key.startswith(_TWITTER_LABEL):
            if content.casefold().rstrip(" :") in _AUTHOR_LABELS:
                labelled.add(key[len(_TWITTER_LABEL) :])
        elif key.startswith(_TWITTER_DATA) and key[len(_TWITTER_DATA) :] in labelled and fits_author(content):
            # The account that posted the story, often: the printed byline is surer.
            yield Candidate("labelled_author", content, SOURCE)
        elif field == "tag":
            tags.extend(t.strip() for t in content.replace(";", ",").split(","))
        elif field == "author_text":
            authors.setdefault(key, []).append(_first_name_first(content) if key.startswith("citation_") else content)
        elif field:
            yield Candidate(field, content, SOURCE)
    yield from joined_authors(authors, SOURCE)
    if tags:
        yield Candidate("tags", tuple(dict.fromkeys(t for t in tags if t)), SOURCE)


# "Huberty, Jennifer": scholarly tags may write the family name first.
_FAMILY_FIRST = re.compile(r"^\s*([^,;]+?),\s*([^,;]+?)\s*$")


def _first_name_first(name: str) -> str:
    match = _FAMILY_FIRST.match(name)
    return f"{match.group(2)} {match.group(1)}" if match else name
