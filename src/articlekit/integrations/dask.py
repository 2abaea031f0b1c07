"""Dask: convert a ``dask.bag`` of inputs into the records ``articlekit convert`` writes.

Needs the ``dask`` extra (``pip install -e '.[dask]'`` in a clone of articlekit)::

    from distributed import Client
    from articlekit.integrations.dask import convert_bag, input_bag, to_ndjson

    if __name__ == "__main__":                         # a local cluster starts processes
        client = Client()                               # or the address of a running cluster
        records = convert_bag(input_bag(["pages/"], npartitions=64))
        to_ndjson(records, "out/*.ndjson")              # or .compute(), .filter(...), ...

An element of the bag is an input as ``articlekit convert`` takes it on its command line: a page
file (gzip or not), a directory, or a WARC file (which gives one record per page record, read
where the element is processed, so the pages' bytes never travel through the scheduler). Each
record is the dict of one NDJSON line of the CLI: ``json.loads`` of its line equals it.
``to_ndjson`` writes them as the CLI's lines (UTF-8, each ending in a newline, the last one
too), so that ``cat out/*.ndjson`` is the CLI's output.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..batch import DEFAULT_GLOBS, iter_paths, record_line
from ..options import Options
from .partition import convert_partition

# A ``dask.bag.Bag``. Typed as Any: dask's methods carry no annotations mypy --strict accepts,
# and this module must import (for the doctests, for users without the extra) without dask.
Bag = Any
MISSING_EXTRA = (
    "articlekit.integrations.dask needs the 'dask' extra: pip install -e '.[dask]' in a clone of"
    " articlekit (or pip install 'articlekit[dask] @ git+<clone url>')"
)


def input_bag(
    inputs: Sequence[str], globs: Sequence[str] = DEFAULT_GLOBS, npartitions: int | None = None
) -> Bag:
    """A bag of the files ``inputs`` name, directories walked here as the CLI walks them (same
    files, same order), so that ``convert_bag`` gives the CLI's records in the CLI's order.
    WARC files stay one element each."""
    bag = _dask_bag()
    paths = list(iter_paths(inputs, globs))  # the names only: the pages are read by the workers
    return bag.from_sequence(paths, npartitions=npartitions or None)


def convert_bag(inputs: Bag, globs: Sequence[str] = DEFAULT_GLOBS, options: Options | None = None) -> Bag:
    """A bag of records, one per page of the inputs, in the bag's order.

    Given ``options`` travel to the workers pickled; by default they are made on each worker
    (see ``partition.iter_records``).
    """
    _dask_bag()
    return inputs.map_partitions(convert_partition, globs=tuple(globs), options=options)


def to_ndjson(records: Bag, urlpath: str | Sequence[str], **kwargs: Any) -> Any:
    """Write a bag of records as NDJSON, one file per partition (``"out/*.ndjson"``): the CLI's
    lines, UTF-8, each ending in ``\\n`` (the last one of a file too, which ``Bag.to_textfiles``
    leaves out), so that the files put end to end are the CLI's output. ``kwargs`` go to
    ``to_textfiles`` (``compute=False``, ``storage_options``...); its result is returned."""
    _dask_bag()
    texts = records.map_partitions(partition_text)
    return texts.to_textfiles(urlpath, encoding="utf-8", last_endline=False, **kwargs)


def partition_text(records: Iterable[dict[str, Any]]) -> list[str]:
    """A partition's records as one text of NDJSON lines (one element: ``to_textfiles`` then
    adds no separator, and an empty partition gives an empty file, not a blank line).

    >>> partition_text([{"input": "a.html"}, {"input": "b.html"}])
    ['{"input": "a.html"}\\n{"input": "b.html"}\\n']
    >>> partition_text([])
    ['']
    """
    return ["".join(record_line(record) for record in records)]


def _dask_bag() -> Any:
    try:
        import dask.bag
    except ImportError as exc:
        raise ImportError(MISSING_EXTRA) from exc
    return dask.bag
