"""WARC files: one Item per page record, read with warcio (the optional ``warc`` extra).

A page record is a ``response`` (or ``resource``) record whose content type is HTML; requests,
metadata, images and the like are not pages and give no record. The WARC is read in the process
that lists the inputs, one record at a time, and each page's bytes travel to a worker, with the
charset of its HTTP ``Content-Type`` and its HTTP status.

A response whose status is not 2xx (a redirect, usually with an empty body; a 404 or 500 page)
is not a page of the site's content: it gives a skipped Item (counted, no record), unless the
caller keeps every status (``convert --all-statuses``).
"""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Iterator
from typing import Any

from ..errors import InputError
from .item import Item
from .read import open_regular

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
WARC_MAGIC = b"WARC/"
PAGE_RECORD_TYPES = frozenset({"response", "resource"})
MISSING_EXTRA = (
    "reading WARC files needs the 'warc' extra: pip install -e '.[warc]' in a clone of articlekit"
    " (or pip install 'articlekit[warc] @ git+<clone url>')"
)
# What a WARC record's payload is read up to when the caller sets no bound: the default
# ``Options.max_input_bytes`` (50 MB), plus one byte so that extract() refuses it by size.
DEFAULT_MAX_RECORD_BYTES = 50 * 1024 * 1024


def is_warc(path: str, sniff: bool) -> bool:
    """Whether ``path`` is a WARC file: by its name, or (``sniff``) by its first bytes.

    Sniffing opens the file, so it is done only for files named on the command line, not for
    every file of a directory walk.
    """
    if path.lower().endswith(WARC_SUFFIXES):
        return True
    if not sniff:
        return False
    try:
        with open_regular(path) as file:  # never blocks on a FIFO
            head = file.read(len(WARC_MAGIC))
            if head[:2] == b"\x1f\x8b":
                file.seek(0)
                with gzip.GzipFile(fileobj=file) as stream:
                    head = stream.read(len(WARC_MAGIC))
    except (OSError, EOFError, zlib.error, InputError):
        return False  # not readable as a WARC: reading it as a page gives its error record
    return head == WARC_MAGIC


def warc_items(warc: Item, max_record_bytes: int | None = None, all_statuses: bool = False) -> Iterator[Item]:
    """One Item per page record of the WARC file ``warc.path``, named ``PATH#OFFSET`` (the
    record's byte offset in the file, so that it can be found again); a skipped Item for a
    response that is not 2xx, unless ``all_statuses``."""
    try:
        from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError:
        yield Item(name=warc.name, out_name=warc.out_name, error=("InputError", MISSING_EXTRA))
        return
    assert warc.path is not None
    limit = (max_record_bytes or DEFAULT_MAX_RECORD_BYTES) + 1
    stem = _stem(warc.out_name or os.path.basename(warc.path))
    where = "at its start"
    try:
        with open_regular(warc.path) as file:
            # "raise": a record whose payload digest does not match (a cut-short file) is an error,
            # not a silently shortened page.
            records = ArchiveIterator(file, check_digests="raise")
            for entry in records:
                if not _is_page(entry):
                    continue
                status = _status(entry)
                if status is not None and not 200 <= status < 300 and not all_statuses:
                    offset = records.get_record_offset()
                    yield Item(name=f"{warc.name}#{offset}", status=status, skip=f"HTTP status {status}")
                    continue
                data = entry.content_stream().read(limit)
                if len(data) < limit and getattr(entry.raw_stream, "limit", 0) > 0:
                    # warcio ends a cut-short record quietly; bytes still owed mean the file was cut.
                    raise EOFError("a record is cut short (the file is truncated)")
                offset = records.get_record_offset()  # after the read: asking first skips the payload
                url = entry.rec_headers.get_header("WARC-Target-URI")
                yield Item(
                    name=f"{warc.name}#{offset}", data=data, url=url, out_name=f"{stem}-{offset}",
                    charset=_charset(entry), status=status,
                )
                where = f"after the record at offset {offset}"
    except Exception as exc:  # noqa: BLE001 - warcio raises many kinds on a damaged archive
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc) or type(exc).__name__
        # Named after the file itself (page records carry '#OFFSET'), so the name is unique.
        yield Item(
            name=warc.name,
            out_name=f"{stem}-error",
            error=("InputError", f"the WARC file is damaged {where}: {reason}"),
        )


def _is_page(entry: Any) -> bool:
    if entry.rec_type not in PAGE_RECORD_TYPES:
        return False
    headers = entry.http_headers if entry.rec_type == "response" else entry.rec_headers
    content_type = (headers.get_header("Content-Type") if headers else None) or "text/html"
    return "html" in content_type.lower()


def _status(entry: Any) -> int | None:
    """The HTTP status of a ``response`` record (None for a ``resource`` or a bad status line)."""
    if entry.rec_type != "response" or entry.http_headers is None:
        return None
    try:
        return int(entry.http_headers.get_statuscode())
    except (TypeError, ValueError):
        return None


def _charset(entry: Any) -> str | None:
    """The ``Content-Type`` value of the record's HTTP headers (its charset is read by decode)."""
    headers = entry.http_headers if entry.rec_type == "response" else entry.rec_headers
    value = headers.get_header("Content-Type") if headers else None
    return str(value) if value and "charset" in value.lower() else None


def _stem(name: str) -> str:
    for suffix in WARC_SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name
