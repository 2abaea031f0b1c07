"""Markdown (CommonMark, with GitHub's pipe tables): YAML front matter with the metadata, then
the headline and the body's blocks.

The page's text is escaped so that a renderer shows exactly that text, whatever it holds:
nothing in it becomes emphasis, code, a link, an image, raw HTML, a heading, a list, a quote or
a table (see ``escape`` and ``_line``). No link or image is written.

Front-matter values are written as JSON strings and lists, which YAML reads as they are, so no
quoting rule of YAML's can change a value. In them the characters Markdown reads as markup are
``\\uXXXX`` escapes (YAML reads those too), so a renderer that does not know front matter shows
them as inert text as well.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from ..model import Article, Block, Caption, Heading, ListBlock, Quote, Standfirst, Table

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


def to_markdown(article: Article) -> str:
    """The article as a Markdown document with YAML front matter."""
    parts = [_front_matter(article)]
    if article.headline:
        parts.append(f"# {_heading_text(article.headline)}")
    parts.extend(_blocks(article.body))
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


def _blocks(blocks: Iterable[Block]) -> list[str]:
    """The blocks in order, those that write nothing left out. A list right after a list of its
    kind gets the other marker (``-``/``*``, ``1.``/``1)``): with the same one, CommonMark would
    join the two."""
    parts: list[str] = []
    previous: Block | None = None
    other = False
    for block in blocks:
        if isinstance(block, ListBlock):
            follows = isinstance(previous, ListBlock) and previous.ordered == block.ordered
            other = not other if follows else False
            part = _list(block, other)
        else:
            part = _block(block)
        if part:
            parts.append(part)
            previous = block
    return parts


def _block(block: Block) -> str:
    if isinstance(block, Heading):
        return f"{'#' * max(2, min(block.level, 6))} {_heading_text(block.text)}"
    if isinstance(block, Quote):
        return "\n".join(f"> {line}" if line else ">" for line in _paragraph(block.text).split("\n"))
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Caption):
        text = _paragraph(block.text)
        return f"*{text}*" if text else ""
    if isinstance(block, Standfirst):
        text = _paragraph(block.text)
        return f"**{text}**" if text else ""
    if isinstance(block, ListBlock):
        return _list(block, False)
    return _paragraph(block.text)


def _heading_text(text: str) -> str:
    """A heading's text on its one line; every ``#`` escaped, as a closing run of them would
    be dropped."""
    return escape(" ".join(text.split("\n")).strip()).replace("#", "\\#")


def _paragraph(text: str) -> str:
    """Lines of text, joined by hard line breaks (two spaces at a line's end)."""
    return "  \n".join(_lines(text))


def _list(block: ListBlock, other: bool) -> str:
    """One item a line: ``- item`` (``* item``), or ``1. item`` (``1) item``), numbered."""
    if not block.ordered:
        bullet = "*" if other else "-"
        return "\n".join(f"{bullet} {_one_line(item)}".rstrip() for item in block.items)
    mark = ")" if other else "."
    return "\n".join(f"{i}{mark} {_one_line(item)}".rstrip() for i, item in enumerate(block.items, start=1))


def _table(table: Table) -> str:
    """A GFM pipe table; short rows are filled with empty cells. A pipe table always has a header
    row: the table's first row when it is one (``Table.header``), else a row of empty cells, so
    that no row of data is shown as a header."""
    width = max((len(row) for row in table.rows), default=0)
    if not width:
        return ""
    rows = [[_cell(c) for c in row] + [""] * (width - len(row)) for row in table.rows]
    head = rows[0] if table.header else [""] * width
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(row) + " |" for row in (rows[1:] if table.header else rows)]
    return "\n".join(lines)


def _cell(text: str) -> str:
    """A cell's text: escaped inline content on one line (``|`` is escaped with the rest)."""
    return escape(" ".join(text.split()))
