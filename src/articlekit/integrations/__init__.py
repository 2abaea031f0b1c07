"""Running ``articlekit convert``'s conversion on existing engines, with the same records.

- ``articlekit.integrations.dask``: a ``dask.bag`` of inputs (the ``dask`` extra).
- ``examples/spark_convert.py`` in the repository: the same with PySpark ``mapPartitions``.

Each module imports its engine only when called, so that importing articlekit never needs it.
"""
