"""Throughput and memory of ``articlekit convert`` on many pages.

    python bench/throughput.py                 # 2,000 pages x --jobs 1 and 2; 2,000 vs 20,000 pages
    python bench/throughput.py --small 500 --big 5000 --repeat 3

The pages are the fundus corpus's (``../shared/corpus/fundus/pages``, or
``$ARTICLEKIT_CORPUS_ROOT``), repeated in an input list file (``--from-list``) up to the batch
size; nothing is copied. Each run is a fresh ``articlekit convert`` process writing to
/dev/null, so the figures include start-up and the workers' start, as a user sees them.

- Throughput: pages/s (wall clock) with ``--jobs 1`` and ``--jobs 2`` on the same inputs, the
  best of ``--repeat`` runs (the machine is shared: the best run is the least disturbed), and
  their ratio (issue 6 asks for >= 1.8 on two cores).
- Memory: the peak resident set (``ru_maxrss``) of the largest process of the run (the parent or
  a worker), for the small batch and the big one (ten times larger), and their ratio (issue 6
  asks for <= 1.2: no per-page growth). Each is measured in its own wrapper process, whose
  ``RUSAGE_CHILDREN`` sees only that run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS_ROOT = Path(os.environ.get("ARTICLEKIT_CORPUS_ROOT", REPO.parent / "shared" / "corpus"))
PAGES = CORPUS_ROOT / "fundus" / "pages"

# Runs one command and prints the peak RSS (KiB on Linux) of its process tree: the children's
# rusage of a process that ran nothing else.
PEAK_RSS_WRAPPER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:]).returncode\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    "sys.exit(code)\n"
)


def write_list(path: Path, size: int) -> Path:
    pages = sorted(str(p) for p in PAGES.glob("*.html.gz"))
    if not pages:
        sys.exit(f"no pages in {PAGES}: the fundus corpus is needed (set ARTICLEKIT_CORPUS_ROOT)")
    path.write_text("".join(line + "\n" for line in islice(cycle(pages), size)), encoding="utf-8")
    return path


def convert_command(listing: Path, jobs: int) -> list[str]:
    return [sys.executable, "-m", "articlekit", "convert", "--from-list", str(listing), "-o", os.devnull,
            "--jobs", str(jobs), "-q"]


def pages_per_second(listing: Path, size: int, jobs: int, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(convert_command(listing, jobs), check=True)
        best = min(best, time.perf_counter() - start)
    return size / best


def peak_rss_mib(listing: Path, jobs: int) -> float:
    result = subprocess.run(
        [sys.executable, "-c", PEAK_RSS_WRAPPER, *convert_command(listing, jobs)],
        check=True, capture_output=True, text=True,
    )
    return int(result.stdout.split()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", type=int, default=2_000, help="pages of the throughput and small-memory batch")
    parser.add_argument("--big", type=int, default=20_000, help="pages of the big-memory batch")
    parser.add_argument("--repeat", type=int, default=1, help="throughput runs per setting (the best is kept)")
    parser.add_argument("--memory-jobs", type=int, default=2, help="--jobs of the memory runs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        small = write_list(Path(tmp) / "small.txt", args.small)
        big = write_list(Path(tmp) / "big.txt", args.big)
        one = pages_per_second(small, args.small, 1, args.repeat)
        two = pages_per_second(small, args.small, 2, args.repeat)
        small_rss = peak_rss_mib(small, args.memory_jobs)
        big_rss = peak_rss_mib(big, args.memory_jobs)
    figures = {
        "cpus": os.cpu_count(),
        "pages": args.small,
        "jobs1_pages_per_s": round(one, 1),
        "jobs2_pages_per_s": round(two, 1),
        "jobs2_over_jobs1": round(two / one, 2),
        f"peak_rss_mib_{args.small}": round(small_rss, 1),
        f"peak_rss_mib_{args.big}": round(big_rss, 1),
        "peak_rss_big_over_small": round(big_rss / small_rss, 3),
    }
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
