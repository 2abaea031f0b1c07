#!/usr/bin/env python3
"""Mutation fuzzing of ``articlekit.extract``: counts inputs tried, escaping exceptions, slow inputs.

    python fuzz/run.py [--count N] [--seed S] [--jobs J] [--seconds-per-input T]
                       [--findings DIR] [--corpus-seeds N]
    python fuzz/run.py --replay fuzz/findings/<file>.html.gz

Seeds are the project's fixture pages and examples (and, when present, the first pages of
../shared/corpus). Each input is a seed mutated by a few random operators (byte flips,
truncation, duplication of a slice, insertion of hostile fragments, re-encoding). Anything but an
Article or an ArticleKitError is a finding, and so is an input that takes longer than the bound
(1 s of CPU by default). Every finding's input is saved, gzipped, under ``--findings`` with a
line in its ``findings.jsonl`` (the error and trace, or the time), so it can be replayed with
``--replay`` after a fix. Every Article is also serialized to every format and encoded as UTF-8:
output that cannot be written is a finding too.
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import random
import sys
import time
import traceback
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

import articlekit  # noqa: E402
from articlekit.serialize.registry import available_serializers  # noqa: E402

FRAGMENTS = [
    b"<div>", b"</div>", b"<p>", b"</p>", b"<br>", b"<script>", b"</script>", b"<!--", b"-->",
    b"<table><tr><td>", b"</td></tr></table>", b"<h2>", b"</h2>", b"<ul><li>", b"<blockquote>",
    b'<meta charset="utf-16">', b'<meta charset="shift_jis">', b"\x00", b"\xff\xfe", b"\xef\xbb\xbf",
    b'<script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":', b"]}</script>",
    b'<time datetime="99999-99-99">', b'<meta property="article:published_time" content="31/02/2025">',
    b"&#xD800;", b"&lol;", b"<![CDATA[", b"]]>", b"<?xml version='1.0'?>", b"<svg><![CDATA[x]]></svg>",
    b'<span class="byline">By ', b"<article>", b"</article>", b"<a href='x'>", b"</a>", b"\r\n" * 50,
    # The classes of issue 20: strings the JSON could not encode, escapes in scripts, void
    # elements libxml2 does not know, attributes and nesting, unclosed titles, long meta values.
    b'<script type="application/ld+json">{"@type":"NewsArticle","image":"\\ud800\\u0001",'
    b'"mainEntityOfPage":{"@id":"\\udfff\\u0007"},"headline":"\\ud83d"}</script>',
    b'<script>window.__DATA__={"headline":"', b'\\"', b"<embed src=x>", b"<source src=x>", b"<wbr>",
    b' a="1"', b"<b><span>", b"<title>", b'<meta name="author" content="', b" in X", b"\x07\x1b\x85",
    b'<img src="data:image/png;base64,', b'<meta property="og:image" content="\xed\xa0\x80">',
]


def seeds(corpus_pages: int) -> list[bytes]:
    found = [p.read_bytes() for p in sorted((REPO / "tests" / "fixtures").glob("*/page.html"))]
    found += [p.read_bytes() for p in sorted((REPO / "examples").glob("*.html"))]
    corpus = REPO.parent / "shared" / "corpus" / "fundus" / "pages"
    if corpus.is_dir() and corpus_pages:
        found += [gzip.decompress(p.read_bytes()) for p in sorted(corpus.glob("*.html.gz"))[:corpus_pages]]
    return found


def mutate(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(7)
        pos = rng.randrange(len(buf) + 1)
        if op == 0 and buf:
            buf[rng.randrange(len(buf))] = rng.randrange(256)
        elif op == 1:
            del buf[pos:]
        elif op == 2 and buf:
            start = rng.randrange(len(buf))
            piece = buf[start : start + rng.randint(1, 2000)]
            buf[pos:pos] = piece * rng.randint(1, 20)
        elif op == 3:
            buf[pos:pos] = rng.choice(FRAGMENTS) * rng.randint(1, 50)
        elif op == 4:
            del buf[pos : pos + rng.randint(1, 500)]
        elif op == 5:
            try:
                buf = bytearray(bytes(buf).decode("utf-8", "replace").encode(rng.choice(["utf-16", "latin-1", "cp1252", "utf-32"]), "replace"))
            except (UnicodeError, LookupError):
                pass
        else:
            buf[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
    return bytes(buf)


def check(data: bytes) -> tuple[str, dict[str, Any]]:
    """Run one input: ("article" | "error" | "escaped", details of an escape)."""
    try:
        article = articlekit.extract(data)
        for fmt in available_serializers():
            articlekit.serialize(article, fmt).encode("utf-8")
        return "article", {}
    except articlekit.ExtractionError as exc:  # our own safety net caught a bug: a finding
        cause = exc.__cause__ or exc
        return "escaped", {"error": repr(cause), "trace": "".join(traceback.format_exception(cause))[-2000:]}
    except articlekit.ArticleKitError:
        return "error", {}
    except Exception as exc:  # a finding: recorded, then the run goes on
        return "escaped", {"error": repr(exc), "trace": traceback.format_exc()[-2000:]}


def run_slice(job: tuple[int, int, int, int, float, str]) -> dict[str, int]:
    """Inputs ``first`` to ``first + count`` of the run with ``seed``: each input's mutation
    comes from its own generator (seed, index), so any input can be made again alone."""
    seed, first, count, corpus_seeds, bound, findings = job
    pool = seeds(corpus_seeds)
    folder = Path(findings)
    tally = {"articles": 0, "articlekit_errors": 0, "escaped_exceptions": 0, "slow_inputs": 0}
    for i in range(first, first + count):
        rng = random.Random(f"{seed}:{i}")
        seed_index = rng.randrange(len(pool))
        data = mutate(pool[seed_index], rng)
        started = time.process_time()
        outcome, details = check(data)
        took = time.process_time() - started
        tally[{"article": "articles", "error": "articlekit_errors", "escaped": "escaped_exceptions"}[outcome]] += 1
        if took > bound:
            tally["slow_inputs"] += 1
            details["slow_seconds"] = round(took, 2)
        if outcome == "escaped" or took > bound:
            _save(folder, seed, i, seed_index, data, details)
    return tally


def _save(folder: Path, seed: int, index: int, seed_index: int, data: bytes, details: dict[str, Any]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    name = f"seed{seed}-input{index}.html.gz"
    (folder / name).write_bytes(gzip.compress(data))
    line = {"file": name, "seed": seed, "input": index, "seed_page": seed_index, "bytes": len(data), **details}
    with open(folder / "findings.jsonl", "a", encoding="utf-8") as log:
        log.write(json.dumps(line) + "\n")


def replay(path: Path) -> int:
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    started = time.process_time()
    outcome, details = check(data)
    print(json.dumps({"file": str(path), "outcome": outcome, "seconds": round(time.process_time() - started, 3), **details}))
    return 1 if outcome == "escaped" else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    parser.add_argument("--seconds-per-input", type=float, default=1.0, help="CPU seconds over which an input is a finding")
    parser.add_argument("--findings", type=Path, default=REPO / "fuzz" / "findings", help="where findings' inputs are saved")
    parser.add_argument("--corpus-seeds", type=int, default=20, help="real pages added to the seeds (slower inputs)")
    parser.add_argument("--replay", type=Path, nargs="+", help="run saved inputs again instead of fuzzing")
    args = parser.parse_args()
    if args.replay:
        return max(replay(path) for path in args.replay)
    started = time.time()
    step = 2_000
    jobs = [(args.seed, first, min(step, args.count - first), args.corpus_seeds, args.seconds_per_input, str(args.findings))
            for first in range(0, args.count, step)]
    total = {"articles": 0, "articlekit_errors": 0, "escaped_exceptions": 0, "slow_inputs": 0}
    done = 0
    with multiprocessing.get_context("spawn").Pool(max(1, args.jobs)) as workers:
        for tally in workers.imap(run_slice, jobs):
            done += sum(tally.values())
            for key, value in tally.items():
                total[key] += value
            print(f"{done} inputs, {total['escaped_exceptions']} escaped, {total['slow_inputs']} slow, "
                  f"{time.time() - started:.0f}s", file=sys.stderr, flush=True)
    print(json.dumps({"inputs": args.count, "seed": args.seed, **total, "seconds": round(time.time() - started),
                      "findings": str(args.findings)}))
    return 1 if total["escaped_exceptions"] or total["slow_inputs"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
