"""What a reader sees of a block once a serializer has rendered it: a list's items and a table's
cells, without the newlines and " | " that join them in ``Block.text``. Shared by the tests that
render Markdown and HTML and compare the visible text with the Article's."""

from __future__ import annotations

from articlekit.model import Block, ListBlock, Table


def visible_text(block: Block) -> str:
    if isinstance(block, ListBlock):
        return " ".join(block.items)
    if isinstance(block, Table):
        return " ".join(cell for row in block.rows for cell in row)
    return block.text
