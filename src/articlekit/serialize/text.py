"""Plain text: the headline, then the body's blocks separated by blank lines."""

from __future__ import annotations

from ..model import Article, ListBlock


def to_text(article: Article) -> str:
    """The article as a reader would copy it: headline, blank line, blocks."""
    parts = [article.headline] if article.headline else []
    for block in article.body:
        if isinstance(block, ListBlock):
            parts.append("\n".join(f"- {item}" for item in block.items))
        else:
            parts.append(block.text)
    return "\n\n".join(parts) + "\n" if parts else ""
