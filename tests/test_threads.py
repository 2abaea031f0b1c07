"""Thread safety: many threads extracting the same and different pages give the sequential results."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import articlekit

PAGES = sorted((Path(__file__).parent / "fixtures").glob("*/page.html")) + [
    Path(__file__).resolve().parent.parent / "examples" / "news-page.html"
]


def test_eight_threads_give_the_sequential_results() -> None:
    data = [p.read_bytes() for p in PAGES]
    expected = [articlekit.extract(d) for d in data]
    work = data * 6  # the same pages several times over, interleaved with the others
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(articlekit.extract, work))
    assert results == expected * 6
