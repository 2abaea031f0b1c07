"""What a reader sees of a block once a serializer has rendered it: a list's items and a table's
cells, without the newlines and " | " that join them in ``Block.text``. Shared by the tests that
render Markdown and HTML and compare the visible text with the Article's."""

from __future__ import annotations

from typing import Any

from articlekit.model import Article, Block, Caption, Embed, Figure, ListBlock, Table
from articlekit.serialize.spans import safe_href


def visible_text(block: Block) -> str:
    if isinstance(block, ListBlock):
        return " ".join(block.items)
    if isinstance(block, Table):
        return " ".join(cell for row in block.rows for cell in row)
    return block.text


def shown_text(article: Article, *, links: bool = True, images: bool = True) -> str:
    """What a reader sees of a rendered body, white space collapsed: the blocks' text, a figure's
    caption (once: a Caption block right after it that repeats it is its caption) and credit,
    an embed's link line ("provider: url") and its quoted text."""
    shown: list[str] = []
    body = article.body
    skip = -1
    for n, block in enumerate(body):
        if n == skip:
            continue
        if isinstance(block, Figure):
            following = body[n + 1] if n + 1 < len(body) else None
            if images:
                if isinstance(following, Caption) and following.text.split() == block.caption.split() and block.caption.strip():
                    skip = n + 1
                shown += [block.caption, block.credit]
        elif isinstance(block, Embed):
            if links and safe_href(block.url):
                shown.append(f"{block.provider}: {block.url}")
            shown.append(block.text)
        else:
            shown.append(visible_text(block))
    return " ".join(" ".join(shown).split())


# Elements the serializers write inside a block's text: their text runs on with their neighbours'.
INLINE_TAGS = frozenset({"a", "em", "strong", "code", "small", "span"})


def rendered_text(root: Any) -> str:
    """The visible text of rendered HTML (an lxml element), block elements set apart by a space
    and inline ones run on, white space collapsed."""
    parts: list[str] = []

    def walk(el: Any) -> None:
        block = el.tag not in INLINE_TAGS
        if block:
            parts.append(" ")
        parts.append(el.text or "")
        for child in el:
            if isinstance(child.tag, str):
                walk(child)
            parts.append(child.tail or "")
        if block:
            parts.append(" ")

    walk(root)
    return " ".join("".join(parts).split())
