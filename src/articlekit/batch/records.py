"""One input -> one record: the Article's JSON object plus ``"input"``, or an error record.

A success record is exactly ``serialize(article, "json")``'s object with ``"input"`` added as
its first key; an error record is ``{"input": NAME, "error": {"type": ..., "message": ...}}``.
Every exception is caught here: in a batch one bad page must give a record, never stop the run.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import attrs

from ..errors import ArticleKitError
from ..model import Article
from ..options import Options
from ..pipeline import extract
from ..serialize.json import article_to_dict
from ..serialize.registry import serialize
from .inputs import display_name
from .item import Item
from .read import read_item

_DEFAULT_OPTIONS = Options()


@attrs.frozen
class Outcome:
    """What a worker sends back for one input: whether an Article came out, and the text to
    write (an NDJSON line, or the page in the requested format)."""

    name: str
    ok: bool
    text: str
    out_name: str = ""
    is_article: bool = False
    """Whether the Article holds a story (``Article.is_article``): an empty or listing page is
    ``ok`` but not an article."""


def record(item: Item, options: Options = _DEFAULT_OPTIONS) -> dict[str, Any]:
    """The record of one input, as a dict (what ``json.loads`` gives for a line of the CLI).

    >>> rec = record(Item(name="a.html", data=b"<html><body><h1>Rates held</h1></body></html>"))
    >>> rec["input"], rec["headline"]
    ('a.html', 'Rates held')
    >>> record(Item(name="empty.html", data=b""))["error"]["type"]
    'EmptyInputError'
    """
    result = _extract(item, options)
    if isinstance(result, Article):
        return {**_head(item), **article_to_dict(result)}
    return result


def error_record(name: str, type_name: str, message: str) -> dict[str, Any]:
    """An error record. The name and message are made valid UTF-8 text (a message may quote a
    file name that is not UTF-8), so the record always encodes."""
    return {"input": display_name(name), "error": {"type": type_name, "message": display_name(message)}}


def lost_outcome(item: Item, error: ArticleKitError) -> Outcome:
    """The Outcome of an input whose worker process died or ran out of time: ``ordered_map``'s
    ``on_lost``, called in the parent process.

    >>> from articlekit.errors import WorkerDiedError
    >>> lost_outcome(Item(name="a.html"), WorkerDiedError("killed")).text
    '{"input": "a.html", "error": {"type": "WorkerDiedError", "message": "killed"}}\\n'
    """
    return Outcome(item.name, False, record_line(error_record(item.name, type(error).__name__, str(error))), item.out_name)


def convert_item(item: Item, format: str | None = None, options: Options = _DEFAULT_OPTIONS) -> Outcome:
    """The Outcome of one input. ``format=None`` gives the NDJSON record line; a format name
    gives the Article in that format (and the error record's JSON line on failure)."""
    result = _extract(item, options)
    if not isinstance(result, Article):
        return Outcome(item.name, False, record_line(result), item.out_name)
    if format is None:
        line = record_line({**_head(item), **article_to_dict(result)})
        return Outcome(item.name, True, line, item.out_name, result.is_article)
    try:
        text = serialize(result, format)
    except Exception as exc:  # noqa: BLE001 - a plugin serializer's failure is this input's record
        return Outcome(item.name, False, record_line(error_record(item.name, type(exc).__name__, _message(exc))), item.out_name)
    return Outcome(item.name, True, text if text.endswith("\n") else text + "\n", item.out_name, result.is_article)


def convert_chunk(items: Sequence[Item], format: str | None = None) -> list[Outcome]:
    """``convert_item`` over a chunk: the unit of work sent to a worker process (one round trip
    per chunk, not per page)."""
    return [convert_item(item, format) for item in items]


def _head(item: Item) -> dict[str, Any]:
    """The keys a record starts with: its input, and the HTTP status of a WARC response."""
    return {"input": item.name} if item.status is None else {"input": item.name, "http_status": item.status}


def _extract(item: Item, options: Options) -> Article | dict[str, Any]:
    """The input's Article, or its error record."""
    if item.error is not None:
        return error_record(item.name, *item.error)
    try:
        return extract(read_item(item, options.max_input_bytes), url=item.url, options=options, charset=item.charset)
    except Exception as exc:  # noqa: BLE001 - any failure is this input's record, not the batch's end
        return error_record(item.name, type(exc).__name__, _message(exc))


def record_line(data: dict[str, Any]) -> str:
    """A record as the NDJSON line ``articlekit convert`` writes: UTF-8 JSON ending in ``\\n``.

    >>> record_line({"input": "a.html", "headline": "Crème"})
    '{"input": "a.html", "headline": "Crème"}\\n'
    """
    return json.dumps(data, ensure_ascii=False) + "\n"


def _message(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return f"cannot read the file: {exc.strerror}"
    if isinstance(exc, ArticleKitError):
        return str(exc)
    return f"unexpected failure (please report it with the page): {exc}"
