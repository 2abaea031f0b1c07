#!/usr/bin/env python3
"""Score the fundus pages listed in tests/sites/fundus_sample.txt with site rules on and off.

    python bench/sites_sample.py [--out DIR]

Writes the sample's truth subset and both prediction files to DIR (default: a temporary
directory), then scores each with the corpus's own score.py (loaded from ../shared/corpus, or
$ARTICLEKIT_CORPUS_ROOT) and prints body F1, headline, authors exact-set and published same-day.

The fundus truth leaves the subheadings out of its body (they are in its ``subheadings`` list);
articlekit keeps them in place, and each one costs body F1. The "subheads aside" rows score
the same output with the heading blocks that are one of the page's truth subheadings left out:
the gap to the plain rows is that convention, not missing or extra text.
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


def _subheadings_aside(record: dict[str, Any], truth: dict[str, Any], score: Any) -> dict[str, Any]:
    """The prediction without its heading blocks that are one of the truth's subheadings."""
    subheadings = {score.fold(h) for h in truth.get("subheadings") or []}
    body = [b for b in record.get("body") or [] if not (b.get("type") == "heading" and score.fold(b.get("text")) in subheadings)]
    return {**record, "body": body}


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
        aside = out / f"predictions-{label.replace(' ', '-')}-subheads-aside.jsonl"
        with open(path, "w", encoding="utf-8") as lines, open(aside, "w", encoding="utf-8") as aside_lines:
            for page_id in wanted:
                html = gzip.decompress((corpus / "pages" / f"{page_id}.html.gz").read_bytes())
                article = articlekit.extract(html, url=truths[page_id].get("url"), options=options)
                record = {"id": page_id, **json.loads(articlekit.serialize(article))}
                lines.write(json.dumps(record, ensure_ascii=False) + "\n")
                aside_lines.write(json.dumps(_subheadings_aside(record, truths[page_id], score), ensure_ascii=False) + "\n")
        results[label] = score.score(out, path)
        results[f"{label.removeprefix('rules ')}, subheads aside"] = score.score(out, aside)
    print(f"{len(wanted)} fundus pages ({SAMPLE.relative_to(REPO)}); files in {out}")
    print(f"{'':22}" + "".join(f"{name:>15}" for name, _, _ in METRICS))
    for label in results:
        cells = [results[label].get(group, {}).get(key) for _, group, key in METRICS]
        print(f"{label:22}" + "".join(f"{c:>15.3f}" if isinstance(c, (int, float)) else f"{'-':>15}" for c in cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
