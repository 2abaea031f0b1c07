"""Markdown (CommonMark, with GitHub's pipe tables): YAML front matter with the metadata, then
the headline and the body's blocks.

The page's text is escaped so that a renderer shows exactly that text, whatever it holds:
nothing in it becomes emphasis, code, a link, an image, raw HTML, a heading, a list, a quote or
a table (see ``escape`` and ``_line``). The markup written is the Article's own: its blocks, the
spans of its text blocks (links, emphasis, strong, code; see ``inline``), its figures as images
and its embeds as links, each of which ``to_markdown`` can leave out. A link or image is written
only with an http, https, mailto or relative address.

Front-matter values are written as JSON strings and lists, which YAML reads as they are, so no
quoting rule of YAML's can change a value. In them the characters Markdown reads as markup are
``\\uXXXX`` escapes (YAML reads those too), so a renderer that does not know front matter shows
them as inert text as well.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

import attrs

from ..model import Article, Block, Caption, Embed, Figure, Heading, ListBlock, Quote, Span, Standfirst, Table
from .inline import href, keeper, render
from .spans import safe_href, shrunk

# ---------------------------------------------------------------- escaping

_INLINE = re.compile(r"[\\`*_\[\]<~|]")
"""Backslash-escaped wherever they are: the escape itself, code spans, emphasis, links and
images (``![`` needs the ``[``), raw HTML and autolinks, GFM strikethrough and table cells."""

_REFERENCE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
"""The ``&`` of an entity or numeric character reference (``&amp;``, ``&#38;``, ``&#x26;``)."""

_BLOCK_START = re.compile(r"^(?:([#>+=-])|(\d{1,9})([.)])(?=[ \t]|$))")
"""What opens a block at a line's start: an ATX heading, a quote, a bullet (``*`` is escaped
anyway), a setext underline or thematic break (``===``, ``---``), an ordered list's number
(``1. `` is written ``1\\. ``). Fences, HTML blocks and link definitions start with characters
``_INLINE`` escapes; indented code with white space, which ``_line`` drops."""

_FRONT_MATTER = {ord(c): f"\\u{ord(c):04x}" for c in "<>&[]*_`~|"}
"""Markup characters, as JSON escapes, in the (JSON) strings of the front matter."""


def escape(text: str) -> str:
    """``text`` as Markdown inline content that renders as exactly this text.

    >>> escape("[x](javascript:go) <b>*&amp;*</b>")
    '\\\\[x\\\\](javascript:go) \\\\<b>\\\\*\\\\&amp;\\\\*\\\\</b>'
    """
    return _REFERENCE.sub(r"\\&", _INLINE.sub(r"\\\g<0>", text))


def _line(text: str) -> str:
    """One line of text as the start of a Markdown line: escaped, and nothing at its start
    read as a block. White space around it is dropped, as a renderer drops it (where leading
    spaces would not make it code)."""
    return _BLOCK_START.sub(_unblock, escape(text.strip()), count=1)


def _unblock(found: re.Match[str]) -> str:
    """A ``_BLOCK_START`` match escaped: ``\\#``, or ``1\\.`` (CommonMark's escape of a list
    number is the mark's, not the digit's)."""
    mark, number, delimiter = found.groups()
    return f"\\{mark}" if mark else f"{number}\\{delimiter}"


def _one_line(text: str) -> str:
    """Text that may hold line breaks, as one line of escaped inline content."""
    return _line(" ".join(text.split("\n")))


def _lines(text: str) -> list[str]:
    """The lines of ``text`` that are not blank (a blank one would end the block), each one
    escaped."""
    return [_line(line) for line in text.split("\n") if line.strip()]


# ---------------------------------------------------------------- the document


@attrs.frozen
class _Options:
    links: bool = True
    images: bool = True
    formatting: bool = True


def to_markdown(article: Article, *, links: bool = True, images: bool = True, formatting: bool = True) -> str:
    """The article as a Markdown document with YAML front matter.

    ``links=False`` writes the text of links (and nothing of embeds but their quoted text),
    ``images=False`` leaves figures out, ``formatting=False`` writes emphasis, strong and code
    as plain text (a standfirst is still bold, a caption in italics: those mark the block).

    >>> from articlekit import Paragraph, Span
    >>> story = Article(body=(Paragraph("Read the report.", spans=(Span(9, 15, "link", "https://example.com/r"),)),))
    >>> print(to_markdown(story), end="")
    Read the [report](<https://example.com/r>).
    >>> print(to_markdown(story, links=False), end="")
    Read the report.
    """
    options = _Options(links, images, formatting)
    parts = [_front_matter(article)]
    if article.headline:
        parts.append(f"# {_heading_text(article.headline)}")
    parts.extend(_blocks(article.body, options))
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
    lines = [f"{key}: {_front_value(value)}" for key, value in fields.items() if value]
    return "---\n" + "\n".join(lines) + "\n---" if lines else ""


def _front_value(value: object) -> str:
    """A string or a list of strings as JSON (which YAML reads), markup characters escaped."""
    if isinstance(value, list):
        return "[" + ", ".join(_front_value(item) for item in value) + "]"
    return json.dumps(value, ensure_ascii=False).translate(_FRONT_MATTER)


def _blocks(blocks: Sequence[Block], options: _Options) -> list[str]:
    """The blocks in order, those that write nothing left out. A list right after a list of its
    kind gets the other marker (``-``/``*``, ``1.``/``1)``): with the same one, CommonMark would
    join the two. A figure followed by a caption block of its caption's text writes that block
    as its caption, once."""
    parts: list[str] = []
    previous: Block | None = None
    other = False
    skip = -1
    for n, block in enumerate(blocks):
        if n == skip:
            continue
        if isinstance(block, ListBlock):
            follows = isinstance(previous, ListBlock) and previous.ordered == block.ordered
            other = not other if follows else False
            part = _list(block, other, options)
        elif isinstance(block, Figure):
            following = blocks[n + 1] if n + 1 < len(blocks) else None
            caption = following if isinstance(following, Caption) and same_caption(following, block) else None
            part = _figure(block, caption, options)
            if part and caption is not None:
                skip = n + 1
        else:
            part = _block(block, options)
        if part:
            parts.append(part)
            previous = block
    return parts


def same_caption(caption: Caption, figure: Figure) -> bool:
    """Whether a caption block holds the figure's caption (white space aside)."""
    return bool(figure.caption.strip()) and caption.text.split() == figure.caption.split()


def _block(block: Block, options: _Options) -> str:
    if isinstance(block, Heading):
        return f"{'#' * max(2, min(block.level, 6))} {_heading_text(block.text, block.spans, options)}"
    if isinstance(block, Quote):
        return _quote(_paragraph(block.text, block.spans, options))
    if isinstance(block, Table):
        return _table(block, options)
    if isinstance(block, Caption):
        return _caption(block.text, block.spans, options)
    if isinstance(block, Standfirst):
        text = _paragraph(block.text, block.spans, options, wrapper="strong")
        return f"**{text}**" if text else ""
    if isinstance(block, ListBlock):
        return _list(block, False, options)
    if isinstance(block, Figure):
        return _figure(block, None, options)
    if isinstance(block, Embed):
        return _embed(block, options)
    return _paragraph(block.text, block.spans, options)


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def _caption(text: str, spans: Sequence[Span], options: _Options) -> str:
    written = _paragraph(text, spans, options, wrapper="emphasis")
    return f"*{written}*" if written else ""


def _figure(figure: Figure, caption: Caption | None, options: _Options) -> str:
    """``![alt](src)``, then the caption (``caption``'s, with its spans, or the figure's own) in
    italics and the credit, as a paragraph under it. Without a safe address, the caption only;
    nothing with ``images`` off."""
    if not options.images:
        return ""
    src = safe_href(figure.src)
    image = f"![{_cell(figure.alt)}]({href(src)})" if src else ""
    if caption is not None:
        under = _caption(caption.text, caption.spans, options)
    else:
        under = _caption(figure.caption, (), options)
    credit = _one_line(figure.credit)
    under = f"{under} {credit}" if under and credit else under or credit
    return "\n\n".join(part for part in (image, under) if part)


def _embed(embed: Embed, options: _Options) -> str:
    """A link line ``[provider: url](url)``, then the text quoted from the post, as a quote."""
    url = safe_href(embed.url)
    label = f"{embed.provider}: {url}" if embed.provider.strip() else url
    link = f"[{_cell(label or '')}]({href(url)})" if url and options.links else ""
    quoted = _quote(_paragraph(embed.text)) if embed.text.strip() else ""
    return "\n\n".join(part for part in (link, quoted) if part)


def _heading_text(text: str, spans: Sequence[Span] = (), options: _Options = _Options()) -> str:
    """A heading's text on its one line; every ``#`` escaped, as a closing run of them would
    be dropped."""
    if not spans:
        return escape(" ".join(text.split("\n")).strip()).replace("#", "\\#")
    line = text.replace("\n", " ")
    lead = len(line) - len(line.lstrip())
    line = line.strip()
    moved = [Span(s.start - lead, s.end - lead, s.kind, s.href) for s in shrunk(text, spans)]
    keep = keeper(line, links=options.links, formatting=options.formatting)
    return render(line, moved, keep, lambda part: escape(part).replace("#", "\\#"))


def _paragraph(text: str, spans: Sequence[Span] = (), options: _Options = _Options(), wrapper: str | None = None) -> str:
    """Lines of text, joined by hard line breaks (two spaces at a line's end); blank lines and
    the white space around each line left out, as a renderer leaves them out. The spans are
    written on the text (see ``inline``), inside ``wrapper``, the caller's markup around it."""
    if not spans:
        return "  \n".join(_lines(text))
    shown, moved = _shown_lines(text, spans)
    keep = keeper(shown, links=options.links, formatting=options.formatting)
    written = render(shown, moved, keep, lambda part: escape(part).replace("\n", "  \n"), wrapper)
    return "\n".join(_BLOCK_START.sub(_unblock, line, count=1) for line in written.split("\n"))


def _shown_lines(text: str, spans: Sequence[Span]) -> tuple[str, list[Span]]:
    """The text as a renderer shows it (lines stripped, blank ones left out, joined by ``\\n``)
    and the spans over it. A span's ends are characters that are not white space (``shrunk``),
    and those are all shown."""
    where = [0] * (len(text) + 1)  # a shown character's index in the shown text
    lines: list[str] = []
    at = shown = 0
    for line in text.split("\n"):
        kept = line.strip()
        if kept:
            lead = at + len(line) - len(line.lstrip())
            for i in range(len(kept)):
                where[lead + i] = shown + i
            lines.append(kept)
            shown += len(kept) + 1
        at += len(line) + 1
    moved = [Span(where[s.start], where[s.end - 1] + 1, s.kind, s.href) for s in shrunk(text, spans)]
    return "\n".join(lines), moved


def _list(block: ListBlock, other: bool, options: _Options = _Options()) -> str:
    """One item a line: ``- item`` (``* item``), or ``1. item`` (``1) item``), numbered; each
    with its spans' markup."""
    items = [
        _paragraph(item, spans, options) if spans else _one_line(item)
        for item, spans in zip(block.items, block.item_spans)
    ]
    if not block.ordered:
        bullet = "*" if other else "-"
        return "\n".join(f"{bullet} {item}".rstrip() for item in items)
    mark = ")" if other else "."
    return "\n".join(f"{i}{mark} {item}".rstrip() for i, item in enumerate(items, start=1))


def _table(table: Table, options: _Options = _Options()) -> str:
    """A GFM pipe table; short rows are filled with empty cells. A pipe table always has a header
    row: the table's first row when it is one (``Table.header``), else a row of empty cells, so
    that no row of data is shown as a header. Each cell with its spans' markup."""
    width = max((len(row) for row in table.rows), default=0)
    if not width:
        return ""
    rows = [
        [_cell(c, spans, options) for c, spans in zip(row, row_spans)] + [""] * (width - len(row))
        for row, row_spans in zip(table.rows, table.cell_spans)
    ]
    head = rows[0] if table.header else [""] * width
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(row) + " |" for row in (rows[1:] if table.header else rows)]
    return "\n".join(lines)


def _cell(text: str, spans: Sequence[Span] = (), options: _Options = _Options()) -> str:
    """A cell's text: escaped inline content on one line, its white space collapsed (``|`` is
    escaped with the rest), with its spans' markup. A code span that holds a ``|`` is written as
    plain text: a pipe table reads that ``|`` as the cell's end, and takes the escape of it
    (``\\|``) out of the code, so no fence can hold it."""
    if not spans:
        return escape(" ".join(text.split()))
    squeezed, moved = _squeezed(text, spans)
    base = keeper(squeezed, links=options.links, formatting=options.formatting)

    def keep(span: Span) -> bool:
        return base(span) and not (span.kind == "code" and "|" in squeezed[span.start : span.end])

    return render(squeezed, moved, keep, escape)


def _squeezed(text: str, spans: Sequence[Span]) -> tuple[str, list[Span]]:
    """The text with each run of white space one space and none at either end, as a renderer
    shows a cell, and the spans over it (a span's ends are not white space: ``shrunk``)."""
    where = [0] * (len(text) + 1)  # a kept character's index in the squeezed text
    out: list[str] = []
    space = False
    for i, char in enumerate(text):
        if char.isspace():
            space = bool(out)
            continue
        if space:
            out.append(" ")
            space = False
        where[i] = len(out)
        out.append(char)
    moved = [Span(where[s.start], where[s.end - 1] + 1, s.kind, s.href) for s in shrunk(text, spans)]
    return "".join(out), moved
