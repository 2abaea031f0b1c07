"""Sphinx configuration: MyST Markdown pages, autodoc for the API, pages generated at build time.

Build (from the repository root): ``.venv/bin/sphinx-build -W -b html docs docs/_build/html``.
"""

from __future__ import annotations

import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS / "_ext"))

import articlekit  # noqa: E402  (installed, or editable: the version is the package's own)

project = "articlekit"
author = "articlekit contributors"
copyright = "articlekit contributors"
release = version = articlekit.__version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "articlekit_docs",  # docs/_ext: the generated pages and figures
]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = [
    "_build",
    "_generated/**",  # included by the pages, never pages of their own
    "batch.md",  # written apart; the page 'scaling' includes it (see _ext/articlekit_docs.py)
    "README.md",
    "conftest.py",
]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
# sites.md and batch.md are included as they are written: headings may skip a level, and a JSON
# excerpt with "..." in it is shown as written (Pygments retries it in relaxed mode).
suppress_warnings = ["myst.header", "misc.highlighting_failure"]

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_class_signature = "mixed"
add_module_names = False

html_theme = "furo"
html_title = f"articlekit {release}"
html_static_path: list[str] = []
