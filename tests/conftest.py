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

import importlib.util
import os
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import settings

# Under CI the property tests draw the same examples on every run, so a CI result never hangs
# on the luck of the draw; run them locally (random draws) to find new counterexamples.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI") == "true":
    settings.load_profile("ci")

# The shared corpus beside the repository (``../shared/corpus``), or ``$ARTICLEKIT_CORPUS_ROOT``.
CORPUS_ROOT = Path(
    os.environ.get("ARTICLEKIT_CORPUS_ROOT", Path(__file__).resolve().parents[2] / "shared" / "corpus")
)


@pytest.fixture(scope="session")
def corpus_root() -> Path:
    """The shared corpus. A test that asks for it is skipped where it is absent (a user's clone),
    and fails there under ``CI=true``, so the corpus checks can never silently stop running."""
    if (CORPUS_ROOT / "score.py").is_file():
        return CORPUS_ROOT
    message = f"the shared corpus is not at {CORPUS_ROOT} (set ARTICLEKIT_CORPUS_ROOT)"
    if os.environ.get("CI") == "true":
        pytest.fail(message + "; CI must run the corpus checks")
    pytest.skip(message)


@pytest.fixture(scope="session")
def corpus_scorer(corpus_root: Path) -> ModuleType:
    """The corpus's own ``score.py``, loaded from the corpus (never copied)."""
    spec = importlib.util.spec_from_file_location("corpus_score", corpus_root / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def fundus_pages(corpus_root: Path) -> Path:
    """The fundus corpus's pages folder (258 gzip pages)."""
    return corpus_root / "fundus" / "pages"


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
