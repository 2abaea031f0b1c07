#!/usr/bin/env python3
"""Mutation fuzzing of ``articlekit.extract``: counts inputs tried, escaping exceptions, slow inputs.

    python fuzz/run.py [--count N] [--seed S] [--seconds-per-input T] [--report FILE] [--corpus-seeds N]

Seeds are the project's fixture pages and examples (and, when present, the first pages of
../shared/corpus). Each input is a seed mutated by a few random operators (byte flips,
truncation, duplication of a slice, insertion of hostile fragments, re-encoding). Anything but an
Article or an ArticleKitError is a finding; so is an input slower than the bound. Findings are
written to the report with the seed and mutation so they can be replayed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
import traceback
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

import articlekit  # noqa: E402

FRAGMENTS = [
    b"<div>", b"</div>", b"<p>", b"</p>", b"<br>", b"<script>", b"</script>", b"<!--", b"-->",
    b"<table><tr><td>", b"</td></tr></table>", b"<h2>", b"</h2>", b"<ul><li>", b"<blockquote>",
    b'<meta charset="utf-16">', b'<meta charset="shift_jis">', b"\x00", b"\xff\xfe", b"\xef\xbb\xbf",
    b'<script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":', b"]}</script>",
    b'<time datetime="99999-99-99">', b'<meta property="article:published_time" content="31/02/2025">',
    b"&#xD800;", b"&lol;", b"<![CDATA[", b"]]>", b"<?xml version='1.0'?>", b"<svg><![CDATA[x]]></svg>",
    b'<span class="byline">By ', b"<article>", b"</article>", b"<a href='x'>", b"</a>", b"\r\n" * 50,
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seconds-per-input", type=float, default=5.0)
    parser.add_argument("--report", type=Path, default=REPO / "fuzz" / "findings.jsonl")
    parser.add_argument("--corpus-seeds", type=int, default=20, help="real pages added to the seeds (slower inputs)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    pool = seeds(args.corpus_seeds)
    escaped = slow = errors = articles = 0
    started = time.time()
    args.report.parent.mkdir(parents=True, exist_ok=True)
    with open(args.report, "w", encoding="utf-8") as report:
        for i in range(args.count):
            seed_index = rng.randrange(len(pool))
            state = rng.getstate()
            data = mutate(pool[seed_index], rng)
            t = time.process_time()
            try:
                article = articlekit.extract(data)
                articlekit.serialize(article, "json").encode("utf-8")
                articles += 1
            except articlekit.ExtractionError as exc:  # our own safety net caught a bug: a finding
                escaped += 1
                report.write(json.dumps({"input": i, "seed_page": seed_index, "error": repr(exc.__cause__),
                                         "trace": "".join(traceback.format_exception(exc.__cause__))[-2000:]}) + "\n")
            except articlekit.ArticleKitError:
                errors += 1
            except Exception as exc:  # a finding: recorded, then the run goes on
                escaped += 1
                report.write(json.dumps({"input": i, "seed_page": seed_index, "error": repr(exc),
                                         "trace": traceback.format_exc()[-2000:], "rng": repr(state)[:200]}) + "\n")
            report.flush()
            took = time.process_time() - t
            if took > args.seconds_per_input:
                slow += 1
                report.write(json.dumps({"input": i, "seed_page": seed_index, "slow_seconds": took}) + "\n")
            if (i + 1) % 10_000 == 0:
                print(f"{i + 1} inputs, {escaped} escaped, {slow} slow, {time.time() - started:.0f}s", flush=True)
    print(json.dumps({"inputs": args.count, "articles": articles, "articlekit_errors": errors,
                      "escaped_exceptions": escaped, "slow_inputs": slow,
                      "seconds": round(time.time() - started)}))
    return 1 if escaped or slow else 0


if __name__ == "__main__":
    raise SystemExit(main())
