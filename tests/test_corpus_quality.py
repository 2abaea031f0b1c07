"""The quality gate: articlekit's figures on the shared corpora must not fall below
``bench/floors.json``, scored by the corpus's own ``score.py``. A key ``NAME/generic`` holds
the floors of the generic extractor alone (site extractors off) on corpus ``NAME``.

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


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_corpus_meets_floors(key: str, tmp_path: Path, corpus_root: Path, corpus_scorer: ModuleType) -> None:
    corpus, _, mode = key.partition("/")
    options = articlekit.Options(site_extractors=mode != "generic")
    directory = corpus_root / corpus
    predictions = tmp_path / f"{corpus}.jsonl"
    with open(directory / "truth.jsonl", encoding="utf-8") as truth, open(predictions, "w") as out:
        for line in truth:
            page = json.loads(line)
            html = gzip.decompress((directory / "pages" / f"{page['id']}.html.gz").read_bytes())
            article = articlekit.extract(html, url=page["url"], options=options)
            record = json.loads(articlekit.serialize(article, "json"))
            record["id"] = page["id"]
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    result = corpus_scorer.score(str(directory), str(predictions))
    figures = {name: _dig(result, name) for name in FLOORS[key]}
    below = {name: (round(figures[name], 4), floor) for name, floor in FLOORS[key].items() if figures[name] < floor}
    assert not below, f"{key}: below the floor (figure, floor): {below}; all figures: {figures}"
