"""The records of one partition of inputs: the piece every engine integration maps.

An engine (Dask, Spark, Ray, a job queue...) splits the inputs into partitions and runs this on
each, in its workers; the records are those ``articlekit convert`` writes, in the same order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ..batch import DEFAULT_GLOBS, iter_items, record
from ..options import Options


def iter_records(
    inputs: Iterable[str], globs: Sequence[str] = DEFAULT_GLOBS, options: Options | None = None
) -> Iterator[dict[str, Any]]:
    """One record per page of ``inputs`` (files, directories, WARC files), lazily.

    ``options=None`` makes the default Options here, in the worker: they hold the site-rule
    registry, which cannot be pickled (it has a lock), so they are better not shipped.
    """
    chosen = options or Options()
    # No stdin on a worker: '-' gives an error record (read_stdin is None).
    for item in iter_items(inputs, globs, read_stdin=None, max_record_bytes=chosen.max_input_bytes):
        yield record(item, chosen)


def convert_partition(
    inputs: Iterable[str], globs: Sequence[str] = DEFAULT_GLOBS, options: Options | None = None
) -> list[dict[str, Any]]:
    """``iter_records`` as a list, for engines that want a partition's result whole.

    >>> convert_partition(["missing.html"])[0]["error"]["type"]
    'FileNotFoundError'
    """
    return list(iter_records(inputs, globs, options))
