#!/usr/bin/env python3
"""Check the built docs as a user would: the API page, and the quickstart followed for real.

    python docs/check_html.py [--html docs/_build/html] [--keep]

``api.html`` must hold every name of ``articlekit.__all__`` with a ``>>>`` example. Then the
quickstart:
reads ``quickstart.html`` of the built docs, takes its shell commands and Python examples in page
order, checks that the commands a newcomer needs are there and in the right order, then runs
them in a fresh clone of this repository (its committed HEAD) with a new virtual environment:
every command must exit 0, the JSON printed by ``articlekit`` must be the example's article, and
every ``>>>`` example must print what the page says, with the new environment's Python.
Exit status 0 when all of that holds.
"""

from __future__ import annotations

import argparse
import doctest
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import lxml.html

REPO = Path(__file__).resolve().parent.parent
# What a newcomer must find, in this order: install, then JSON from the example page.
REQUIRED = [
    "python3 -m venv .venv",
    ".venv/bin/pip install -e .",
    ".venv/bin/articlekit examples/news-page.html",
]
HEADLINE = "City Council Approves Riverside Flood Barrier After Record Spring Rains"


def blocks(page: Path) -> list[tuple[str, str]]:
    """The page's code blocks in order, as (language, text)."""
    tree = lxml.html.parse(str(page))
    found = []
    for div in tree.iter("div"):
        classes = (div.get("class") or "").split()
        lang = next((c[len("highlight-"):] for c in classes if c.startswith("highlight-")), None)
        if lang:
            pre = div.find(".//pre")
            if pre is not None:
                found.append((lang, pre.text_content()))
    return found


def commands(found: list[tuple[str, str]]) -> list[str]:
    lines = []
    for lang, text in found:
        if lang in ("sh", "bash", "shell", "console"):
            lines += [line.split("  #")[0].strip() for line in text.splitlines()
                      if line.strip() and not line.lstrip().startswith("#")]
    return lines


def check_order(lines: list[str]) -> list[str]:
    problems, at = [], 0
    for wanted in REQUIRED:
        try:
            at = lines.index(wanted, at) + 1
        except ValueError:
            problems.append(f"missing or out of order: {wanted!r}")
    return problems


def run(lines: list[str], examples: str, workdir: Path) -> list[str]:
    problems = []
    clone = workdir / "articlekit"
    subprocess.run(["git", "clone", "-q", str(REPO), str(clone)], check=True)
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    for line in lines:
        print(f"$ {line}", flush=True)
        done = subprocess.run(["bash", "-c", line], cwd=clone, env=env, capture_output=True,
                              text=True, timeout=900)
        if done.returncode != 0:
            problems.append(f"{line!r} exited {done.returncode}: {done.stderr[-2000:]}")
            break
        if line == ".venv/bin/articlekit examples/news-page.html":
            try:
                headline = json.loads(done.stdout)["headline"]
            except (ValueError, KeyError) as exc:
                problems.append(f"{line!r} printed no Article JSON ({exc})")
            else:
                if headline != HEADLINE:
                    problems.append(f"{line!r} gave the headline {headline!r}")
        if line.startswith(".venv/bin/articlekit convert") and "-o articles.ndjson" in line:
            records = (clone / "articles.ndjson").read_text(encoding="utf-8").splitlines()
            if not records or json.loads(records[0]).get("headline") != HEADLINE:
                problems.append(f"{line!r} wrote no record of the example page")
    if problems:
        return problems
    script = workdir / "examples.txt"
    script.write_text(examples, encoding="utf-8")
    python = clone / ".venv" / "bin" / "python"
    code = ("import doctest, sys; f, t = doctest.testfile(sys.argv[1], module_relative=False, "
            "optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE); sys.exit(1 if f or not t else 0)")
    print(f"$ {python.relative_to(clone)}  # the page's >>> examples", flush=True)
    done = subprocess.run([str(python), "-c", code, str(script)], cwd=clone, env=env,
                          capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        problems.append("the Python examples failed:\n" + done.stdout[-4000:] + done.stderr[-2000:])
    return problems


def check_api(page: Path) -> list[str]:
    """Every public name has its entry on the API page, and the entry shows an example."""
    import articlekit

    tree = lxml.html.parse(str(page))
    entries = {dt.get("id"): dt.getnext() for dt in tree.iter("dt") if dt.get("id")}
    problems = []
    for name in articlekit.__all__:
        body = entries.get(f"articlekit.{name}")
        if body is None:
            problems.append(f"api.html has no entry for articlekit.{name}")
        elif ">>>" not in body.text_content():
            problems.append(f"api.html: articlekit.{name} shows no example")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--html", type=Path, default=REPO / "docs" / "_build" / "html")
    ap.add_argument("--keep", action="store_true", help="keep the fresh clone (its path is printed)")
    args = ap.parse_args(argv)
    page = args.html / "quickstart.html"
    if not page.is_file():
        print(f"{page} not found: build the docs first", file=sys.stderr)
        return 1
    found = blocks(page)
    lines = commands(found)
    problems = check_api(args.html / "api.html") + check_order(lines)
    examples = "\n\n".join(text for lang, text in found if lang in ("pycon", "python") and ">>>" in text)
    if ">>>" not in examples:
        problems.append("the page has no Python example")
    if not problems:
        workdir = Path(tempfile.mkdtemp(prefix="quickstart-"))
        try:
            problems = run(lines, examples, workdir)
        finally:
            if args.keep:
                print(f"kept {workdir}")
            else:
                shutil.rmtree(workdir, ignore_errors=True)
    for problem in problems:
        print(f"FAIL  {problem}", file=sys.stderr)
    if not problems:
        print(f"API page OK; quickstart OK: {len(lines)} commands and the Python examples, "
              f"from {page}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
