#!/usr/bin/env python3
"""Score the fundus pages listed in tests/sites/fundus_sample.txt with site rules on and off.

    python bench/sites_sample.py [--out DIR]

Writes the sample's truth subset and both prediction files to DIR (default: a temporary
directory), then scores each with the corpus's own score.py (loaded from ../shared/corpus, or
$ARTICLEKIT_CORPUS_ROOT) and prints body F1, headline, authors exact-set and published same-day.
"""
from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import articlekit
from articlekit import Options

REPO = Path(__file__).resolve().parent.parent
CORPUS_ROOT = Path(os.environ.get("ARTICLEKIT_CORPUS_ROOT", REPO.parent / "shared" / "corpus"))
SAMPLE = REPO / "tests" / "sites" / "fundus_sample.txt"
METRICS = (("body F1", "body", "f1"), ("headline", "headline", "exact"),
           ("authors set", "authors", "exact_set"), ("published day", "published", "same_day"))


def _ids() -> list[str]:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, help="where the truth subset and predictions go")
    args = parser.parse_args()
    corpus = CORPUS_ROOT / "fundus"
    spec = importlib.util.spec_from_file_location("corpus_score", CORPUS_ROOT / "score.py")
    assert spec and spec.loader
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    out = args.out or Path(tempfile.mkdtemp(prefix="sites_sample_"))
    out.mkdir(parents=True, exist_ok=True)
    wanted = _ids()
    truths = {t["id"]: t for t in map(json.loads, (corpus / "truth.jsonl").read_text(encoding="utf-8").splitlines())}
    missing = [i for i in wanted if i not in truths]
    if missing:
        raise SystemExit(f"not in the fundus truth: {', '.join(missing)}")
    (out / "truth.jsonl").write_text("".join(json.dumps(truths[i], ensure_ascii=False) + "\n" for i in wanted), encoding="utf-8")
    results: dict[str, dict[str, Any]] = {}
    for label, options in (("rules on", Options()), ("rules off", Options(site_extractors=False))):
        path = out / f"predictions-{label.replace(' ', '-')}.jsonl"
        with open(path, "w", encoding="utf-8") as lines:
            for page_id in wanted:
                html = gzip.decompress((corpus / "pages" / f"{page_id}.html.gz").read_bytes())
                article = articlekit.extract(html, url=truths[page_id].get("url"), options=options)
                lines.write(json.dumps({"id": page_id, **json.loads(articlekit.serialize(article))}, ensure_ascii=False) + "\n")
        results[label] = score.score(out, path)
    print(f"{len(wanted)} fundus pages ({SAMPLE.relative_to(REPO)}); files in {out}")
    print(f"{'':10}" + "".join(f"{name:>15}" for name, _, _ in METRICS))
    for label, result in results.items():
        cells = [result.get(group, {}).get(key) for _, group, key in METRICS]
        print(f"{label:10}" + "".join(f"{c:>15.3f}" if isinstance(c, (int, float)) else f"{'-':>15}" for c in cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
