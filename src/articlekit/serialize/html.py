"""HTML: a clean, self-contained article document (no scripts, no styles, no furniture)."""

from __future__ import annotations

from html import escape

from ..model import Article, Block, Caption, Heading, ListBlock, Quote, Table


def to_html(article: Article) -> str:
    """The article as a minimal HTML5 document."""
    head = ['<meta charset="utf-8">']
    if article.headline:
        head.append(f"<title>{escape(article.headline)}</title>")
    if article.canonical_url or article.url:
        head.append(f'<link rel="canonical" href="{escape(article.canonical_url or article.url or "")}">')
    if article.description:
        head.append(f'<meta name="description" content="{escape(article.description)}">')
    if article.authors:
        head.append(f'<meta name="author" content="{escape(", ".join(article.authors))}">')
    body = ["<article>"]
    if article.section:
        body.append(f'<p class="section">{escape(article.section)}</p>')
    if article.headline:
        body.append(f"<h1>{escape(article.headline)}</h1>")
    if article.byline:
        body.append(f'<p class="byline">{escape(article.byline)}</p>')
    if article.published:
        stamp = article.published.isoformat()
        body.append(f'<p class="published"><time datetime="{stamp}">{escape(stamp)}</time></p>')
    body.extend(_block(b) for b in article.body)
    body.append("</article>")
    lang = f' lang="{escape(article.language)}"' if article.language else ""
    return (
        f"<!DOCTYPE html>\n<html{lang}>\n<head>\n" + "\n".join(head) + "\n</head>\n<body>\n"
        + "\n".join(body) + "\n</body>\n</html>\n"
    )


def _lines(text: str) -> str:
    return "<br>\n".join(escape(line) for line in text.split("\n"))


def _block(block: Block) -> str:
    if isinstance(block, Heading):
        level = max(2, min(block.level, 6))
        return f"<h{level}>{escape(block.text)}</h{level}>"
    if isinstance(block, ListBlock):
        tag = "ol" if block.ordered else "ul"
        items = "".join(f"<li>{escape(item)}</li>" for item in block.items)
        return f"<{tag}>{items}</{tag}>"
    if isinstance(block, Quote):
        return f"<blockquote><p>{_lines(block.text)}</p></blockquote>"
    if isinstance(block, Caption):
        return f"<figure><figcaption>{_lines(block.text)}</figcaption></figure>"
    if isinstance(block, Table):
        rows = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in block.rows)
        return f"<table>{rows}</table>"
    return f"<p>{_lines(block.text)}</p>"
