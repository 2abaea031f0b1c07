"""Builds the compiled modules: ``articlekit.sources._cwalk`` (the index's walk in C),
``articlekit.dom._ctagscan`` (the attribute count before the parse) and ``articlekit.dom._ctree``
(the depth and void-element checks after it).

Everything else is in pyproject.toml. The modules are optional: where they cannot be built (no C
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
        ),
        Extension(
            "articlekit.dom._ctree",
            ["src/articlekit/dom/_ctree.pyx"],
            include_dirs=lxml.get_include(),
            optional=True,
        ),
        Extension(
            "articlekit.dom._ctagscan",
            ["src/articlekit/dom/_ctagscan.pyx"],
            optional=True,
        ),
    ]
)
