#!/usr/bin/env python3
"""Time ``import articlekit``: best and median of N fresh interpreters under ``-X importtime``.

    python bench/import_time.py [--runs 9] [--module articlekit] [--top 20]

Each run starts a new interpreter (``python -X importtime -c "import MODULE"``) and reads the
cumulative microseconds of MODULE's own line. The same is done for the dependencies alone
(``lxml.etree``, ``attrs``, ``dateutil``), so the share that is ours shows. ``--top N`` also
lists the N modules with the largest own (self) time, each at its best over the runs.

Bytecode matters: with ``PYTHONDONTWRITEBYTECODE`` set and no ``__pycache__`` beside the sources,
every run compiles our sources again (an installed package has its ``.pyc`` files). The script
says which case it measured.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
DEPENDENCIES = "lxml.etree, attrs, dateutil"


def importtime(statement: str) -> dict[str, tuple[int, int]]:
    """Module -> (self, cumulative) microseconds, from one fresh interpreter."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(SRC), env.get("PYTHONPATH", "")) if p)
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement], env=env, capture_output=True, text=True, check=True
    )
    times: dict[str, tuple[int, int]] = {}
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        own, cumulative, name = (part.strip() for part in line.removeprefix("import time:").split("|"))
        if own.isdigit():
            times.setdefault(name, (int(own), int(cumulative)))
    return times


def summary(label: str, values_us: list[int]) -> str:
    ms = sorted(v / 1000 for v in values_us)
    return f"{label}: best {ms[0]:.0f} ms, median {statistics.median(ms):.0f} ms over {len(ms)} runs"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--module", default="articlekit")
    parser.add_argument("--top", type=int, default=0, help="list the N modules with the largest own time")
    args = parser.parse_args()

    ours: list[int] = []
    best_self: dict[str, int] = {}
    deps: list[int] = []
    for _ in range(args.runs):  # interleaved, so a drift of the machine reaches both alike
        times = importtime(f"import {args.module}")
        ours.append(times[args.module][1])
        for name, (own, _cumulative) in times.items():
            best_self[name] = min(own, best_self.get(name, own))
        dep_times = importtime(f"import {DEPENDENCIES}")
        deps.append(sum(dep_times[name.strip()][1] for name in DEPENDENCIES.split(",")))

    cached = not (sys.dont_write_bytecode and not any(SRC.rglob("__pycache__")))
    print(f"python {sys.version.split()[0]}, bytecode of src/ {'cached' if cached else 'compiled on every run'}")
    print(summary(f"import {args.module}", ours))
    print(summary(f"import {DEPENDENCIES} (alone)", deps))
    if args.top:
        print(f"\nlargest own times (best of {args.runs}):")
        for name, own in sorted(best_self.items(), key=lambda item: -item[1])[: args.top]:
            print(f"{own / 1000:8.1f} ms  {name}")


if __name__ == "__main__":
    main()
