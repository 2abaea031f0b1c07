"""The bytes of one input: read with a size bound, gunzipped when they start with gzip's magic."""

from __future__ import annotations

import gzip
import io
import zlib

from ..errors import InputError
from .item import Item

GZIP_MAGIC = b"\x1f\x8b"


def read_item(item: Item, limit: int) -> bytes:
    """The page's bytes, at most ``limit + 1`` of them so that ``extract`` can refuse an
    oversized page without a huge file (or a gzip bomb) ever being held in memory whole."""
    if item.data is not None:
        raw = item.data
    else:
        assert item.path is not None, "an Item has a path or data"
        with open(item.path, "rb") as file:
            raw = file.read(limit + 1)
    if raw[:2] == GZIP_MAGIC:
        return gunzip(raw, limit)
    return raw


def gunzip(raw: bytes, limit: int) -> bytes:
    """Decompress gzip bytes (several members allowed), stopping past ``limit``."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(raw)) as stream:
            return stream.read(limit + 1)
    except (EOFError, OSError, zlib.error) as exc:
        # EOFError: the file was cut short; BadGzipFile (an OSError) and zlib.error: damaged data.
        raise InputError(f"the gzip data is truncated or corrupt ({exc}); re-fetch or re-compress the page") from None
