"""Builds the one compiled module, ``articlekit.sources._cwalk`` (the index's walk in C).

Everything else is in pyproject.toml. The module is optional: where it cannot be built (no C
compiler), the package installs as pure Python and runs the same walk in Python.
"""

import lxml
from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "articlekit.sources._cwalk",
            ["src/articlekit/sources/_cwalk.pyx"],
            include_dirs=lxml.get_include(),
            optional=True,
        )
    ]
)
