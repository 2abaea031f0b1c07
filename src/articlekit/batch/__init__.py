"""Converting many pages: inputs found lazily, one record per input, an ordered parallel map.

Shared by ``articlekit convert`` (``cli/convert.py``) and the engine integrations
(``integrations/``), so that every way of running a batch writes the same records.

>>> from articlekit.batch import Item, record
>>> record(Item(name="empty.html", data=b""))["error"]["type"]
'EmptyInputError'
"""

from __future__ import annotations

from .inputs import DEFAULT_GLOBS, iter_items, iter_paths
from .item import Item
from .pool import StopFlag, ordered_map
from .records import Outcome, convert_chunk, convert_item, error_record, record, record_line

__all__ = [
    "DEFAULT_GLOBS",
    "Item",
    "Outcome",
    "StopFlag",
    "convert_chunk",
    "convert_item",
    "error_record",
    "iter_items",
    "iter_paths",
    "ordered_map",
    "record",
    "record_line",
]
