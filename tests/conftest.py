"""Shared pytest set-up for the articlekit test suite.

Golden fixtures live in ``tests/fixtures/<name>/``: ``page.html`` (the page as fetched, bytes),
``expected.json`` (the Article as ``articlekit.serialize(article, "json")`` writes it) and an
optional ``meta.json`` (``{"url": "...", "encoding_note": "..."}``; ``url`` is passed to
``extract``).

Option ``--update-golden``::

    /work/venv/bin/python -m pytest tests/test_fixtures.py --update-golden

rewrites every ``expected.json`` from the library's current output instead of comparing with it.
Use it to draft a new fixture or to accept a deliberate change, then read the diff: a golden
file holds what a *correct* extraction gives, so any wrong value must be corrected by hand.
"""

from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/fixtures/*/expected.json from the current output instead of comparing",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """Whether this run rewrites the golden files (``--update-golden``)."""
    return bool(request.config.getoption("--update-golden"))
