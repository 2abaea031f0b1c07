"""JSON-LD: the article as a schema.org ``NewsArticle``; a page that held no story as a
``WebPage``.

A page with no story (``Article.is_article`` false: a listing, a home page, a page with no story
text) is not a news article, so it is not called one: it is a schema.org ``WebPage`` with the
properties a ``CreativeWork`` has (headline, author, dates, url...), and without the
``NewsArticle``-only ``articleSection`` and ``articleBody``.
"""

from __future__ import annotations

import json
from typing import Any

from ..model import Article

ARTICLE_TYPE = "NewsArticle"
NOT_ARTICLE_TYPE = "WebPage"


def to_jsonld(article: Article) -> str:
    """A schema.org NewsArticle object (JSON-LD), with the body as ``articleBody``; a
    ``WebPage`` for a page that held no story.

    >>> from articlekit import Article, Paragraph
    >>> json.loads(to_jsonld(Article(headline="Rates held", body=(Paragraph("The bank kept rates."),))))["@type"]
    'NewsArticle'
    >>> json.loads(to_jsonld(Article(headline="World news", not_article_reason="a listing or home page")))["@type"]
    'WebPage'
    """
    story = article.is_article
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": ARTICLE_TYPE if story else NOT_ARTICLE_TYPE}
    optional: dict[str, Any] = {
        "headline": article.headline,
        "articleSection": article.section if story else None,
        "author": [{"@type": "Person", "name": name} for name in article.authors] or None,
        "datePublished": article.published.isoformat() if article.published else None,
        "dateModified": article.modified.isoformat() if article.modified else None,
        "url": article.canonical_url or article.url,
        "inLanguage": article.language,
        "description": article.description,
        "image": article.image,
        "keywords": list(article.tags) or None,
        "publisher": {"@type": "Organization", "name": article.site_name} if article.site_name else None,
        "articleBody": (article.text or None) if story else None,
    }
    data.update({key: value for key, value in optional.items() if value})
    return json.dumps(data, ensure_ascii=False, indent=2)
