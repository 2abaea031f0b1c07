"""Convert pages with PySpark ``mapPartitions``: the records ``articlekit convert`` writes.

    pip install -e '.[warc]' pyspark          # in a clone of articlekit; pyspark needs Java
    python examples/spark_convert.py pages/ crawl.warc.gz -o out/ --partitions 64

Each partition of input names (page files, or WARC files read where they are processed) becomes
its records through ``articlekit.integrations.partition.iter_records``, the same function the
Dask integration maps; ``out/`` gets Spark's ``part-*`` text files of NDJSON, in input order.
On a cluster, the inputs must be paths every executor can read (a shared or mounted file system).

The executors run the Python that runs this script (``PYSPARK_PYTHON`` is set to it unless
already set), so that inside a virtual environment they find articlekit.

Not run in CI: pyspark and a JVM are not part of the test extra. ``tests/test_convert.py``
checks that this file compiles, and ``tests/test_docs_code.py`` runs the docs' Spark command
where Java and pyspark are present.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Iterator

from articlekit.batch import iter_paths
from articlekit.integrations.partition import iter_records


def ndjson_lines(inputs: Iterable[str]) -> Iterator[str]:
    """One partition: its inputs' records as NDJSON lines (what runs in Spark's executors)."""
    for record in iter_records(inputs):
        yield json.dumps(record, ensure_ascii=False)


def main() -> None:
    parser = argparse.ArgumentParser(description="articlekit convert on Spark")
    parser.add_argument("inputs", nargs="+", help="page files, directories, WARC files")
    parser.add_argument("-o", "--output", required=True, help="output directory (must not exist)")
    parser.add_argument("--partitions", type=int, default=None, help="number of partitions")
    parser.add_argument("--glob", action="append", help="file names to take in directories")
    args = parser.parse_args()

    # Spark's Python workers would run the first 'python' on PATH, which inside a virtual
    # environment is not this one and has no articlekit.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    from pyspark.sql import SparkSession  # imported here: the module compiles without pyspark

    spark = SparkSession.builder.appName("articlekit-convert").getOrCreate()
    globs = tuple(args.glob) if args.glob else None
    # Only the names go to Spark; each executor reads its own pages.
    paths = list(iter_paths(args.inputs, globs) if globs else iter_paths(args.inputs))
    names = spark.sparkContext.parallelize(paths, numSlices=args.partitions)
    names.mapPartitions(ndjson_lines).saveAsTextFile(args.output)
    spark.stop()


if __name__ == "__main__":
    main()
