#!/usr/bin/env python3
"""Extract one very large page and report its CPU time and peak memory.

    python bench/large_page.py [--megabytes 50]

The page is generated: a news template whose story has enough paragraphs (with links, lists and
headings between them) to reach the size asked for, just under ``Options().max_input_bytes``.
Peak memory is the process's maximum resident set size, before and after the extraction.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import articlekit  # noqa: E402

PARAGRAPH = (
    "<p>The council met again on day {n} to discuss the harbour plan, and residents asked "
    "<a href='/x'>detailed questions</a> about noise, traffic and the cost of the new pier.</p>"
)


def build_page(megabytes: float) -> bytes:
    head = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Harbour plan | Gazette</title>"
        "<meta property='article:published_time' content='2025-04-17T14:05:00+02:00'></head><body>"
        "<nav><a href='/'>Home</a></nav><main><article><h1>Harbour plan</h1><div class='article-body'>"
    )
    tail = "</div></article></main><footer><p>© Gazette</p></footer></body></html>"
    target = int(megabytes * 1024 * 1024) - len(head) - len(tail)
    parts, size, n = [head.encode()], 0, 0
    while size < target:
        # Every paragraph differs (repeated text would be folded into one block).
        unit = "".join(PARAGRAPH.format(n=n + i) for i in range(20)) + f"<h2>Part {n}</h2><ul><li>point {n}</li></ul>"
        encoded = unit.encode()
        parts.append(encoded)
        size += len(encoded)
        n += 20
    parts.append(tail.encode())
    return b"".join(parts)


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=49.5)
    args = parser.parse_args()
    page = build_page(args.megabytes)
    before = peak_mib()
    started = time.process_time()
    article = articlekit.extract(page)
    seconds = time.process_time() - started
    after = peak_mib()
    print(
        f"page {len(page) / 1024 / 1024:.1f} MiB: {len(article.body)} blocks in {seconds:.1f} s CPU; "
        f"peak RSS {after:.0f} MiB ({after - before:+.0f} MiB over the {before:.0f} MiB before)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
