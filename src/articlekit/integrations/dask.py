"""Dask: convert a ``dask.bag`` of inputs into the records ``articlekit convert`` writes.

Needs the ``dask`` extra (``pip install 'articlekit[dask]'``)::

    from distributed import Client
    from articlekit.integrations.dask import convert_bag, input_bag

    client = Client()                                   # or the address of a running cluster
    records = convert_bag(input_bag(["pages/"], npartitions=64))
    records.map(json.dumps).to_textfiles("out/*.ndjson")   # or .compute(), .filter(...), ...

An element of the bag is an input as ``articlekit convert`` takes it on its command line: a page
file (gzip or not), a directory, or a WARC file (which gives one record per page record, read
where the element is processed, so the pages' bytes never travel through the scheduler). Each
record is the dict of one NDJSON line of the CLI: ``json.loads`` of its line equals it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..batch import DEFAULT_GLOBS, iter_paths
from ..options import Options
from .partition import convert_partition

# A ``dask.bag.Bag``. Typed as Any: dask's methods carry no annotations mypy --strict accepts,
# and this module must import (for the doctests, for users without the extra) without dask.
Bag = Any
MISSING_EXTRA = "articlekit.integrations.dask needs the 'dask' extra: pip install 'articlekit[dask]'"


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


def _dask_bag() -> Any:
    try:
        import dask.bag
    except ImportError as exc:
        raise ImportError(MISSING_EXTRA) from exc
    return dask.bag
