"""The bytes of one input: read with a size bound, gunzipped when they start with gzip's magic.

Nothing here reads more than the limit plus one byte, whatever the input: a regular file's size
is known from ``fstat`` before reading (and reported as it is), a stream (stdin, a pipe) is read
up to the limit plus one byte and reported as "more than" the limit. Files of a batch are opened
without blocking and must be regular files: a FIFO, socket or device is refused, never waited on.
"""

from __future__ import annotations

import errno
import gzip
import io
import os
import stat
import zlib
from typing import BinaryIO

from ..errors import InputError
from .item import Item

GZIP_MAGIC = b"\x1f\x8b"
FILE_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def read_item(item: Item, limit: int) -> bytes:
    """The page's bytes, at most ``limit`` of them: a larger page raises ``InputError`` saying
    its size, without a huge file (or a gzip bomb) ever being held in memory whole."""
    if item.data is not None:
        raw = item.data
        if len(raw) > limit:
            raise InputError(too_large_message(None, limit))
    else:
        assert item.path is not None, "an Item has a path or data"
        with open_regular(item.path) as file:
            raw = read_bounded(file, limit)
    if raw[:2] == GZIP_MAGIC:
        page = gunzip(raw, limit)
        if len(page) > limit:
            raise InputError(too_large_message(None, limit, "once decompressed"))
        return page
    return raw


def open_regular(path: str) -> BinaryIO:
    """``path`` opened for reading, if it is a regular file.

    The file is opened with ``O_NONBLOCK`` and checked with ``fstat`` before anything is read, so
    that a FIFO (or a socket, or a device) gives ``InputError`` at once instead of blocking the
    batch; a directory gives ``IsADirectoryError``.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), path)
        if not stat.S_ISREG(mode):
            raise InputError(not_regular_message(mode))
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")


def not_regular_message(mode: int) -> str:
    """Why a special file is not read, e.g. for a FIFO.

    >>> import stat
    >>> not_regular_message(stat.S_IFIFO)
    'not a regular file but a FIFO (named pipe); only regular files are read (a FIFO could block the batch)'
    """
    kind = next((name for test, name in FILE_KINDS if test(mode)), "a special file")
    return f"not a regular file but {kind}; only regular files are read (a FIFO could block the batch)"


def read_bounded(stream: BinaryIO, limit: int) -> bytes:
    """At most ``limit`` bytes of ``stream``: ``InputError`` (with the real size for a regular
    file, "more than" for a stream) when there are more, after reading at most ``limit + 1``.

    >>> import io
    >>> read_bounded(io.BytesIO(b"12345"), 5)
    b'12345'
    >>> read_bounded(io.BytesIO(b"123456"), 5)
    Traceback (most recent call last):
      ...
    articlekit.errors.InputError: the page is more than 5 bytes, over the limit of 5; raise it with Options(max_input_bytes=...)
    """
    size = _regular_size(stream)
    if size is not None and size > limit:
        raise InputError(too_large_message(size, limit))
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(too_large_message(size if size is not None and size > limit else None, limit))
    return data


def too_large_message(size: int | None, limit: int, how: str = "") -> str:
    """The message of a page over the size limit: its size when known, else "more than".

    >>> too_large_message(2_000_000, 1_000)
    'the page is 2,000,000 bytes, over the limit of 1,000; raise it with Options(max_input_bytes=...)'
    """
    amount = f"{size:,} bytes" if size is not None else f"more than {limit:,} bytes"
    return f"the page is {amount}{' ' + how if how else ''}, over the limit of {limit:,}; raise it with Options(max_input_bytes=...)"


def _regular_size(stream: BinaryIO) -> int | None:
    """The size of the regular file behind ``stream``, or None (a pipe, a terminal, BytesIO)."""
    try:
        info = os.fstat(stream.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None


def gunzip(raw: bytes, limit: int) -> bytes:
    """Decompress gzip bytes (several members allowed), stopping past ``limit``."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(raw)) as stream:
            return stream.read(limit + 1)
    except (EOFError, OSError, zlib.error) as exc:
        # EOFError: the file was cut short; BadGzipFile (an OSError) and zlib.error: damaged data.
        raise InputError(f"the gzip data is truncated or corrupt ({exc}); re-fetch or re-compress the page") from None
