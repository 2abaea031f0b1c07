"""JSON-LD: the article as a schema.org ``NewsArticle``."""

from __future__ import annotations

import json
from typing import Any

from ..model import Article


def to_jsonld(article: Article) -> str:
    """A schema.org NewsArticle object (JSON-LD), with the body as ``articleBody``."""
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "NewsArticle"}
    optional: dict[str, Any] = {
        "headline": article.headline,
        "articleSection": article.section,
        "author": [{"@type": "Person", "name": name} for name in article.authors] or None,
        "datePublished": article.published.isoformat() if article.published else None,
        "dateModified": article.modified.isoformat() if article.modified else None,
        "url": article.canonical_url or article.url,
        "inLanguage": article.language,
        "description": article.description,
        "image": article.image,
        "keywords": list(article.tags) or None,
        "publisher": {"@type": "Organization", "name": article.site_name} if article.site_name else None,
        "articleBody": article.text or None,
    }
    data.update({key: value for key, value in optional.items() if value})
    return json.dumps(data, ensure_ascii=False, indent=2)
