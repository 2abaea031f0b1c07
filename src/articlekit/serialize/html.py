"""HTML: a clean, self-contained article document (no scripts, no styles, no furniture).

The story is an ``<article>``; a page that held no story (``Article.is_article`` false: a
listing, a home page) gets ``<main>`` instead. A table whose first row is its header
(``Table.header``) has that row in ``<thead>``, in ``<th>`` cells. The spans of a text block are
``<a href>``, ``<em>``, ``<strong>`` and ``<code>``, in a list's items and a table's cells too (nested as ``spans.nested`` nests them; a
link only with an http, https, mailto or relative address); a figure is a ``<figure>`` with its
``<img>`` and ``<figcaption>``, an embed a ``<figure class="embed">`` with a link to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from ..model import Article, Block, Caption, Embed, Figure, Heading, ListBlock, Quote, Span, Standfirst, Table
from .spans import nested, safe_href

_TAGS = {"emphasis": "em", "strong": "strong", "code": "code"}


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
    body.extend(_blocks(article.body))
    body.append(f"</{wrapper}>")
    lang = f' lang="{escape(article.language)}"' if article.language else ""
    return (
        f"<!DOCTYPE html>\n<html{lang}>\n<head>\n" + "\n".join(head) + "\n</head>\n<body>\n"
        + "\n".join(body) + "\n</body>\n</html>\n"
    )


def _lines(text: str, spans: Sequence[Span] = (), breaks: bool = True) -> str:
    """The text escaped, its line breaks ``<br>`` (with ``breaks``), its spans as elements."""
    kept = nested(text, spans, lambda span: span.kind != "link" or safe_href(span.href) is not None)
    starting: dict[int, list[Span]] = {}
    ending: dict[int, list[Span]] = {}
    for span in kept:  # outermost first: opened in this order, closed in the reverse order
        starting.setdefault(span.start, []).append(span)
        ending.setdefault(span.end, []).insert(0, span)
    out: list[str] = []
    at = 0
    for bound in sorted({*starting, *ending}):
        out.append(_text(text[at:bound], breaks))
        out.extend(f"</{_tag(span)}>" for span in ending.get(bound, ()))
        out.extend(_open(span) for span in starting.get(bound, ()))
        at = bound
    out.append(_text(text[at:], breaks))
    return "".join(out)


def _text(text: str, breaks: bool) -> str:
    return "<br>\n".join(escape(line) for line in text.split("\n")) if breaks else escape(text)


def _tag(span: Span) -> str:
    return "a" if span.kind == "link" else _TAGS[span.kind]


def _open(span: Span) -> str:
    if span.kind == "link":
        return f'<a href="{escape(safe_href(span.href) or "")}">'
    return f"<{_TAGS[span.kind]}>"


def _blocks(blocks: Sequence[Block]) -> list[str]:
    """Each block's HTML; a caption block right after a figure of that caption is the figure's
    ``<figcaption>``, not written twice."""
    written: list[str] = []
    skip = -1
    for n, block in enumerate(blocks):
        if n == skip:
            continue
        if isinstance(block, Figure):
            following = blocks[n + 1] if n + 1 < len(blocks) else None
            caption = following if isinstance(following, Caption) and _same_caption(following, block) else None
            if caption is not None:
                skip = n + 1
            part = _figure(block, caption)
        else:
            part = _block(block)
        if part:
            written.append(part)
    return written


def _same_caption(caption: Caption, figure: Figure) -> bool:
    return bool(figure.caption.strip()) and caption.text.split() == figure.caption.split()


def _figure(figure: Figure, caption: Caption | None) -> str:
    """``<figure><img src alt width height><figcaption>caption <small>credit</small></figcaption></figure>``."""
    src = safe_href(figure.src)
    parts = []
    if src:
        size = "".join(f' {name}="{value}"' for name, value in (("width", figure.width), ("height", figure.height)) if value is not None)
        parts.append(f'<img src="{escape(src)}" alt="{escape(figure.alt)}"{size}>')
    text = _lines(caption.text, caption.spans) if caption is not None else _lines(figure.caption)
    credit = f"<small>{escape(figure.credit)}</small>" if figure.credit.strip() else ""
    if text.strip() or credit:
        parts.append(f"<figcaption>{' '.join(part for part in (text, credit) if part.strip())}</figcaption>")
    return f"<figure>{''.join(parts)}</figure>" if parts else ""


def _embed(embed: Embed) -> str:
    """``<figure class="embed"><a href>provider: url</a></figure>``, with the quoted text as a
    ``<blockquote>``."""
    url = safe_href(embed.url)
    parts = []
    if url:
        label = f"{embed.provider}: {url}" if embed.provider.strip() else url
        parts.append(f'<a href="{escape(url)}">{escape(label)}</a>\n')
    if embed.text.strip():
        parts.append(f"<blockquote><p>{_lines(embed.text)}</p></blockquote>")
    return f'<figure class="embed">{"".join(parts)}</figure>' if parts else ""


def _block(block: Block) -> str:
    if isinstance(block, Heading):
        level = max(2, min(block.level, 6))
        return f"<h{level}>{_lines(block.text, block.spans, breaks=False)}</h{level}>"
    if isinstance(block, ListBlock):
        tag = "ol" if block.ordered else "ul"
        items = "".join(f"<li>{_lines(item, spans, breaks=False)}</li>" for item, spans in zip(block.items, block.item_spans))
        return f"<{tag}>{items}</{tag}>"
    if isinstance(block, Quote):
        return f"<blockquote><p>{_lines(block.text, block.spans)}</p></blockquote>"
    if isinstance(block, Caption):
        return f"<figure><figcaption>{_lines(block.text, block.spans)}</figcaption></figure>"
    if isinstance(block, Standfirst):
        return f'<p class="standfirst"><strong>{_lines(block.text, block.spans)}</strong></p>'
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Figure):
        return _figure(block, None)
    if isinstance(block, Embed):
        return _embed(block)
    return f"<p>{_lines(block.text, block.spans)}</p>"


def _table(table: Table) -> str:
    """``<table>``, with a ``<thead>`` of ``<th>`` cells when the first row is the header."""
    def row(cells: tuple[str, ...], spans: tuple[tuple[Span, ...], ...], tag: str) -> str:
        return "<tr>" + "".join(f"<{tag}>{_lines(c, s, breaks=False)}</{tag}>" for c, s in zip(cells, spans)) + "</tr>"

    if not table.rows:
        return "<table></table>"
    rows = list(zip(table.rows, table.cell_spans))
    head = f"<thead>{row(*rows[0], 'th')}</thead>" if table.header else ""
    data = rows[1:] if table.header else rows
    body = f"<tbody>{''.join(row(cells, spans, 'td') for cells, spans in data)}</tbody>" if data else ""
    return f"<table>{head}{body}</table>"
