"""Plain text: the headline, then the body's blocks separated by blank lines. A figure, and an
embed that quotes no text, add nothing (as in ``Article.text``)."""

from __future__ import annotations

from ..model import Article, Embed, Figure, ListBlock


def to_text(article: Article) -> str:
    """The article as a reader would copy it: headline, blank line, blocks."""
    parts = [article.headline] if article.headline else []
    for block in article.body:
        if isinstance(block, ListBlock):
            parts.append("\n".join(f"- {item}" for item in block.items))
        elif isinstance(block, Figure) or (isinstance(block, Embed) and not block.text):
            continue
        else:
            parts.append(block.text)
    return "\n\n".join(parts) + "\n" if parts else ""
