"""Markdown: YAML front matter with the metadata, then the headline and the body's blocks.

Front-matter values are written as JSON strings and lists, which YAML reads as they are, so no
quoting rule of YAML's can change a value.
"""

from __future__ import annotations

import json
import re

from ..model import Article, Block, Caption, Heading, ListBlock, Quote, Table

# Characters that would start Markdown syntax at the beginning of a line of body text.
_LINE_START = re.compile(r"^(\s*)([#>+\-*]|\d+[.)])(\s)", re.MULTILINE)


def to_markdown(article: Article) -> str:
    """The article as a Markdown document with YAML front matter."""
    parts = [_front_matter(article)]
    if article.headline:
        parts.append(f"# {_inline(article.headline)}")
    parts.extend(_block(b) for b in article.body)
    return "\n\n".join(p for p in parts if p) + "\n"


def _front_matter(article: Article) -> str:
    fields: dict[str, object] = {
        "title": article.headline,
        "section": article.section,
        "byline": article.byline,
        "authors": list(article.authors) or None,
        "published": article.published.isoformat() if article.published else None,
        "modified": article.modified.isoformat() if article.modified else None,
        "url": article.url,
        "canonical_url": article.canonical_url,
        "site_name": article.site_name,
        "language": article.language,
        "description": article.description,
        "image": article.image,
        "tags": list(article.tags) or None,
    }
    lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in fields.items() if value]
    return "---\n" + "\n".join(lines) + "\n---" if lines else ""


def _inline(text: str) -> str:
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")


def _paragraph(text: str) -> str:
    # A line break inside a paragraph is two trailing spaces in Markdown.
    escaped = _LINE_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}{m.group(3)}", _inline(text))
    return "  \n".join(escaped.split("\n"))


def _block(block: Block) -> str:
    if isinstance(block, Heading):
        return f"{'#' * max(2, min(block.level, 6))} {_inline(block.text)}"
    if isinstance(block, ListBlock):
        return "\n".join(
            f"{i}. {_inline(item)}" if block.ordered else f"- {_inline(item)}"
            for i, item in enumerate(block.items, start=1)
        )
    if isinstance(block, Quote):
        return "\n".join(f"> {line}" if line else ">" for line in _paragraph(block.text).split("\n"))
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Caption):
        return f"*{_paragraph(block.text)}*"
    return _paragraph(block.text)


def _table(table: Table) -> str:
    width = max(len(row) for row in table.rows)
    rows = [[_inline(c).replace("|", "\\|") for c in row] + [""] * (width - len(row)) for row in table.rows]
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    return "\n".join(lines)
