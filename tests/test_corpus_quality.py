"""The quality gate: articlekit's figures on the shared corpora must not fall below
``bench/floors.json``, scored by the corpus's own ``score.py``.

The corpora live in ``../shared/corpus`` beside the repository (or ``$ARTICLEKIT_CORPUS_ROOT``).
In a user's clone they are usually absent and this module is skipped; with ``CI=true`` their
absence is a failure, so the gate cannot silently stop running.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import articlekit

REPO = Path(__file__).resolve().parent.parent
FLOORS: dict[str, dict[str, float]] = json.loads((REPO / "bench" / "floors.json").read_text())




def _dig(result: dict[str, Any], dotted: str) -> float:
    value: Any = result
    for key in dotted.split("."):
        value = value[key]
    return float(value)


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_corpus_meets_floors(corpus: str, tmp_path: Path, corpus_root: Path, corpus_scorer: ModuleType) -> None:
    directory = corpus_root / corpus
    predictions = tmp_path / f"{corpus}.jsonl"
    with open(directory / "truth.jsonl", encoding="utf-8") as truth, open(predictions, "w") as out:
        for line in truth:
            page = json.loads(line)
            html = gzip.decompress((directory / "pages" / f"{page['id']}.html.gz").read_bytes())
            article = articlekit.extract(html, url=page["url"])
            record = json.loads(articlekit.serialize(article, "json"))
            record["id"] = page["id"]
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    result = corpus_scorer.score(str(directory), str(predictions))
    figures = {name: _dig(result, name) for name in FLOORS[corpus]}
    below = {name: (round(figures[name], 4), floor) for name, floor in FLOORS[corpus].items() if figures[name] < floor}
    assert not below, f"{corpus}: below the floor (figure, floor): {below}; all figures: {figures}"
