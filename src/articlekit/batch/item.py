"""``Item``: one unit of a batch, small enough to send to a worker process."""

from __future__ import annotations

import attrs


@attrs.frozen
class Item:
    """One input of a batch: a file to read, or bytes already read (stdin, a WARC record).

    ``name`` is the record's ``"input"``; ``out_name`` the relative file name used by
    ``--out-dir``; ``error`` a failure found while listing the inputs (type, message), which the
    worker turns into the error record without reading anything. A WARC response also carries
    its HTTP ``status`` and the ``charset`` of its ``Content-Type``; ``skip`` says why an input
    gives no record at all (a redirect or an error response of a crawl).

    >>> from articlekit.batch import record
    >>> item = Item(name="story.html", data=b"<html><body><h1>Rates held</h1></body></html>")
    >>> record(item)["headline"]
    'Rates held'
    """

    name: str
    path: str | None = None
    data: bytes | None = None
    url: str | None = None
    out_name: str = ""
    error: tuple[str, str] | None = None
    charset: str | None = None
    status: int | None = None
    skip: str | None = None
