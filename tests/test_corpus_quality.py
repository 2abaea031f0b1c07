"""The quality gate: articlekit's figures on the shared corpora must not fall below
``bench/floors.json``, scored by the corpus's own ``score.py``.

The corpora live in ``../shared/corpus`` beside the repository (or ``$ARTICLEKIT_CORPUS_ROOT``).
In a user's clone they are usually absent and this module is skipped; with ``CI=true`` their
absence is a failure, so the gate cannot silently stop running.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import os
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import articlekit

REPO = Path(__file__).resolve().parent.parent
CORPUS_ROOT = Path(os.environ.get("ARTICLEKIT_CORPUS_ROOT", REPO.parent / "shared" / "corpus"))
FLOORS: dict[str, dict[str, float]] = json.loads((REPO / "bench" / "floors.json").read_text())


def _require_corpus() -> None:
    if (CORPUS_ROOT / "score.py").is_file():
        return
    message = f"the shared corpus is not at {CORPUS_ROOT} (set ARTICLEKIT_CORPUS_ROOT)"
    if os.environ.get("CI") == "true":
        pytest.fail(message + "; CI must run the quality gate")
    pytest.skip(message)


def _load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_score", CORPUS_ROOT / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _dig(result: dict[str, Any], dotted: str) -> float:
    value: Any = result
    for key in dotted.split("."):
        value = value[key]
    return float(value)


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_corpus_meets_floors(corpus: str, tmp_path: Path) -> None:
    _require_corpus()
    directory = CORPUS_ROOT / corpus
    predictions = tmp_path / f"{corpus}.jsonl"
    with open(directory / "truth.jsonl", encoding="utf-8") as truth, open(predictions, "w") as out:
        for line in truth:
            page = json.loads(line)
            html = gzip.decompress((directory / "pages" / f"{page['id']}.html.gz").read_bytes())
            article = articlekit.extract(html, url=page["url"])
            record = json.loads(articlekit.serialize(article, "json"))
            record["id"] = page["id"]
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    result = _load_scorer().score(str(directory), str(predictions))
    figures = {name: _dig(result, name) for name in FLOORS[corpus]}
    below = {name: (round(figures[name], 4), floor) for name, floor in FLOORS[corpus].items() if figures[name] < floor}
    assert not below, f"{corpus}: below the floor (figure, floor): {below}; all figures: {figures}"
