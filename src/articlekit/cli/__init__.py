"""The ``articlekit`` command line (nothing in the library imports this package)."""
