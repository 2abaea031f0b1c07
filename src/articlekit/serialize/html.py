"""HTML: a clean, self-contained article document (no scripts, no styles, no furniture).

The story is an ``<article>``; a page that held no story (``Article.is_article`` false: a
listing, a home page) gets ``<main>`` instead. A table whose first row is its header
(``Table.header``) has that row in ``<thead>``, in ``<th>`` cells.
"""

from __future__ import annotations

from html import escape

from ..model import Article, Block, Caption, Heading, ListBlock, Quote, Standfirst, Table


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
    # A page that held no story (a listing, a home page) is not an <article>: its headline and
    # dates are the page's, in <main>.
    wrapper = "article" if article.is_article else "main"
    body = [f"<{wrapper}>"]
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
    body.append(f"</{wrapper}>")
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
    if isinstance(block, Standfirst):
        return f'<p class="standfirst"><strong>{_lines(block.text)}</strong></p>'
    if isinstance(block, Table):
        return _table(block)
    return f"<p>{_lines(block.text)}</p>"


def _table(table: Table) -> str:
    """``<table>``, with a ``<thead>`` of ``<th>`` cells when the first row is the header."""
    def row(cells: tuple[str, ...], tag: str) -> str:
        return "<tr>" + "".join(f"<{tag}>{escape(c)}</{tag}>" for c in cells) + "</tr>"

    if not table.rows:
        return "<table></table>"
    head = f"<thead>{row(table.rows[0], 'th')}</thead>" if table.header else ""
    data = table.rows[1:] if table.header else table.rows
    body = f"<tbody>{''.join(row(cells, 'td') for cells in data)}</tbody>" if data else ""
    return f"<table>{head}{body}</table>"
