#!/usr/bin/env python3
"""Benchmark tables and plots for the docs, from one measurement run of ``bench/run.py``.

    python bench/run.py scrapinghub fundus wcxb --json     # the measurement: bench/results/summary.json
    python bench/report.py                                  # snapshot + tables + plots

``report.py`` copies the run's ``summary.json`` into ``docs/_data/bench-summary.json`` (the
snapshot the docs are built from, committed, with the date, the command and the machine), then
renders the tables (``tables.md``) and the plots (``quality.svg``, ``fields.svg``, ``speed.svg``,
``tradeoff.svg``, matplotlib) into ``docs/_generated/benchmarks/``. The docs build calls
``render()`` on the snapshot again, so the page always shows the plots of the tables' own numbers.

    python bench/report.py --render-only          # re-draw from the committed snapshot
    python bench/report.py --summary other/summary.json --out /tmp/figures
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
from pathlib import Path
from typing import Any, Optional

REPO = Path(__file__).resolve().parent.parent
SNAPSHOT = REPO / "docs" / "_data" / "bench-summary.json"
OUT = REPO / "docs" / "_generated" / "benchmarks"
COMMAND = "python bench/run.py scrapinghub fundus wcxb --json && python bench/report.py"
TOOL_ORDER = ("articlekit", "trafilatura", "readability", "newspaper4k", "lxml")
TOOL_NAMES = {"readability": "readability-lxml", "lxml": "lxml parse only"}
COLOURS = {"articlekit": "#1f77b4", "trafilatura": "#ff7f0e", "readability": "#2ca02c",
           "newspaper4k": "#9467bd", "lxml": "#7f7f7f"}
# (column title, metric paths shown in it); a column no tool has on a corpus is left out.
COLUMNS = (
    ("body F1 (P / R)", ("body.f1", "body.precision", "body.recall")),
    ("exact", ("body.accuracy",)),
    ("headline", ("headline.exact",)),
    ("authors set / F1", ("authors.exact_set", "authors.name_f1")),
    ("published day / minute", ("published.same_day", "published.same_minute")),
    ("subheadings P / R", ("subheadings.precision", "subheadings.recall")),
)
# The metrics drawn in the quality plots: (label, path).
BODY_METRIC = ("body F1", "body.f1")
FIELD_METRICS = (("headline exact", "headline.exact"), ("authors name F1", "authors.name_f1"),
                 ("published same day", "published.same_day"))


def lookup(scores: Optional[dict[str, Any]], path: str) -> Optional[float]:
    value: Any = scores
    for key in path.split("."):
        value = value.get(key) if isinstance(value, dict) else None
    return float(value) if isinstance(value, (int, float)) else None


def tools_of(corpus: dict[str, Any]) -> list[str]:
    present = corpus["tools"]
    return [t for t in TOOL_ORDER if t in present] + [t for t in present if t not in TOOL_ORDER]


def tool_label(name: str, row: dict[str, Any]) -> str:
    return f"{TOOL_NAMES.get(name, name)} {row.get('version', '')}".strip()


def fmt(value: Optional[float]) -> str:
    return "-" if value is None else f"{value:.3f}"


def ms(value: float) -> str:
    return f"{value:.1f}"


def snapshot_of(summary: dict[str, Any], command: str = COMMAND,
                measured: Optional[str] = None) -> dict[str, Any]:
    """The committed form of a run: its numbers, with when, how and on what they were measured."""
    return {
        "measured": measured or dt.date.today().isoformat(),
        "command": command,
        "machine": f"{os.cpu_count()} cores, {platform.system()} {platform.machine()}, "
                   f"Python {platform.python_version()}",
        "corpora": summary,
    }


# -- tables ------------------------------------------------------------------------------------

def table(name: str, corpus: dict[str, Any]) -> str:
    tools = tools_of(corpus)
    rows = corpus["tools"]
    columns = [(title, paths) for title, paths in COLUMNS
               if any(lookup(rows[t]["scores"], paths[0]) is not None for t in tools)]
    best = {}  # the best value of each column's first metric among the extractors
    for _, paths in columns:
        values = [lookup(rows[t]["scores"], paths[0]) for t in tools]
        best[paths[0]] = max((v for v in values if v is not None), default=None)
    pages = max(rows[t]["pages"] for t in tools)
    head = ["extractor", *(title for title, _ in columns), "CPU ms median (mean, p95)", "pages/s",
            "errors"]
    lines = [f"**{name}** ({pages} pages)", "", "| " + " | ".join(head) + " |",
             "| " + " | ".join(["---"] + ["---:"] * (len(head) - 1)) + " |"]
    fastest = min(rows[t]["cpu_ms"]["median"] for t in tools if rows[t]["scores"] is not None)
    for tool in tools:
        row = rows[tool]
        cells = [tool_label(tool, row)]
        for _, paths in columns:
            first, *rest = (lookup(row["scores"], p) for p in paths)
            text = fmt(first)
            if first is not None and first == best[paths[0]]:
                text = f"**{text}**"
            if rest and first is not None:
                joined = " / ".join(fmt(v) for v in rest)
                text += f" ({joined})" if paths[0] == "body.f1" else f" / {joined}"
            cells.append(text if row["scores"] is not None else "")
        cpu = row["cpu_ms"]
        median = ms(cpu["median"])
        if row["scores"] is not None and cpu["median"] == fastest:
            median = f"**{median}**"
        cells += [f"{median} ({ms(cpu['mean'])}, {ms(cpu['p95'])})", f"{cpu['pages_per_s']:.0f}",
                  str(row["errors"])]
        lines.append("| " + " | ".join(cells) + " |")
    ratios = corpus.get("articlekit_median_ratio") or {}
    if ratios:
        lines += ["", "articlekit's median CPU time as a share of each other tool's: "
                  + ", ".join(f"{TOOL_NAMES.get(k, k)} {v:.2f}x" for k, v in ratios.items()) + "."]
    return "\n".join(lines) + "\n"


def tables(snapshot: dict[str, Any]) -> str:
    return "\n".join(table(name, corpus) for name, corpus in snapshot["corpora"].items())


# -- plots -------------------------------------------------------------------------------------

def _bars(ax: Any, groups: list[str], series: dict[str, list[Optional[float]]], digits: int = 3,
          log: bool = False) -> None:
    """Grouped horizontal bars, one group per label, one bar per tool, each with its value."""
    names = list(series)
    height = 0.8 / max(len(names), 1)
    for i, tool in enumerate(names):
        for g, value in enumerate(series[tool]):
            y = g + (i - (len(names) - 1) / 2) * height
            if value is None:
                ax.text(0.0 if not log else 1.0, y, " -", va="center", fontsize=6, color="#555555")
                continue
            ax.barh(y, value, height=height * 0.9, color=COLOURS.get(tool, "#333333"),
                    label=tool if g == 0 or all(v is None for v in series[tool][:g]) else None)
            ax.text(value, y, f" {value:.{digits}f}", va="center", fontsize=6)
    ax.set_yticks(range(len(groups)), groups, fontsize=8)
    ax.set_ylim(len(groups) - 0.5, -0.5)


def plots(snapshot: dict[str, Any], out: Path) -> list[Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter, NullFormatter

    def plain_log_axis(ax: Any) -> None:  # 1, 10, 100 ms rather than 10^0 ... and no minor labels
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
        ax.xaxis.set_minor_formatter(NullFormatter())

    plt.rcParams["svg.hashsalt"] = "articlekit-bench"  # the same numbers give the same file
    corpora: dict[str, Any] = snapshot["corpora"]
    extractors = [t for t in TOOL_ORDER if any(
        t in c["tools"] and c["tools"][t]["scores"] is not None for c in corpora.values())]
    written = []
    subtitle = f"measured {snapshot['measured']}, {snapshot['machine']}"

    def save(fig: Any, name: str) -> None:
        fig.tight_layout()
        path = out / name
        fig.savefig(path, format="svg", metadata={"Date": None})
        plt.close(fig)
        written.append(path)

    def value(corpus: str, tool: str, path: str) -> Optional[float]:
        row = corpora[corpus]["tools"].get(tool)
        return lookup(row["scores"], path) if row else None

    # body F1 per corpus
    fig, ax = plt.subplots(figsize=(9, 1.2 + 1.0 * len(corpora)))
    _bars(ax, list(corpora), {t: [value(c, t, BODY_METRIC[1]) for c in corpora] for t in extractors})
    low = min((v for c in corpora for t in extractors if (v := value(c, t, "body.f1")) is not None),
              default=0.0)
    ax.set_xlim(max(0.0, low - 0.1), 1.02)
    ax.set_xlabel("body F1 (shingles; higher is better)")
    ax.set_title(f"Body text quality\n{subtitle}", fontsize=9, loc="left")
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    save(fig, "quality.svg")

    # the metadata fields, where the corpus has them
    groups, series = [], {t: [] for t in extractors}  # type: ignore[var-annotated]
    for label, path in FIELD_METRICS:
        for corpus in corpora:
            if any(value(corpus, t, path) is not None for t in extractors):
                groups.append(f"{corpus}: {label}")
                for t in extractors:
                    series[t].append(value(corpus, t, path))
    fig, ax = plt.subplots(figsize=(9, 1.2 + 0.75 * len(groups)))
    _bars(ax, groups, series)
    ax.set_xlim(0, 1.12)
    ax.set_xlabel("share of pages right (higher is better; '-': the tool gives no such field)")
    ax.set_title(f"Metadata fields\n{subtitle}", fontsize=9, loc="left")
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    save(fig, "fields.svg")

    # CPU time
    timed = [t for t in TOOL_ORDER if any(t in c["tools"] for c in corpora.values())]
    fig, ax = plt.subplots(figsize=(9, 1.2 + 1.1 * len(corpora)))
    _bars(ax, list(corpora), {t: [corpora[c]["tools"][t]["cpu_ms"]["median"]
                                  if t in corpora[c]["tools"] else None for c in corpora]
                              for t in timed}, digits=1)
    ax.set_xscale("log")
    slowest = max((c["tools"][t]["cpu_ms"]["median"] for c in corpora.values() for t in timed
                   if t in c["tools"]), default=10.0)
    ax.set_xlim(right=slowest * 3)
    plain_log_axis(ax)
    ax.set_xlabel("CPU ms per page, median (log scale; lower is better)")
    ax.set_title(f"Speed\n{subtitle}", fontsize=9, loc="left")
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    save(fig, "speed.svg")

    # quality against speed
    fig, axes = plt.subplots(1, len(corpora), figsize=(3.3 * len(corpora), 3.2), squeeze=False)
    for ax, corpus in zip(axes[0], corpora):
        for tool in extractors:
            row = corpora[corpus]["tools"].get(tool)
            f1 = value(corpus, tool, "body.f1")
            if row is None or f1 is None:
                continue
            ax.scatter(row["cpu_ms"]["median"], f1, color=COLOURS.get(tool), s=30)
            ax.annotate(tool, (row["cpu_ms"]["median"], f1), fontsize=7,
                        xytext=(4, 3), textcoords="offset points")
        ax.set_xscale("log")
        ax.margins(x=0.3, y=0.15)
        plain_log_axis(ax)
        ax.set_title(corpus, fontsize=9)
        ax.set_xlabel("CPU ms median (log)", fontsize=8)
        ax.tick_params(labelsize=7)
    axes[0][0].set_ylabel("body F1", fontsize=8)
    fig.suptitle("Quality against speed (up and to the left is better)", fontsize=9)
    save(fig, "tradeoff.svg")
    return written


def render(snapshot: dict[str, Any], out: Path = OUT) -> None:
    """Write ``tables.md`` and the plots of one snapshot into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    header = (f"Measured {snapshot['measured']} on {snapshot['machine']}, all tools in one run, "
              f"with `{snapshot['command']}`.\n\n")
    text = header + tables(snapshot)
    path = out / "tables.md"
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    plots(snapshot, out)


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--summary", type=Path, default=REPO / "bench" / "results" / "summary.json",
                    help="summary.json of a run (bench/run.py --json)")
    ap.add_argument("--snapshot", type=Path, default=SNAPSHOT, help="where the docs read it")
    ap.add_argument("--out", type=Path, default=OUT, help="tables and plots")
    ap.add_argument("--render-only", action="store_true", help="draw from the snapshot as it is")
    args = ap.parse_args(argv)
    if not args.render_only:
        if not args.summary.is_file():
            print(f"no {args.summary}: run `python bench/run.py scrapinghub fundus wcxb --json` "
                  "first", file=sys.stderr)
            return 1
        summary = json.loads(args.summary.read_text(encoding="utf-8"))
        measured = dt.datetime.fromtimestamp(args.summary.stat().st_mtime, dt.timezone.utc)
        snap = snapshot_of(summary, measured=measured.date().isoformat())
        args.snapshot.parent.mkdir(parents=True, exist_ok=True)
        args.snapshot.write_text(json.dumps(snap, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.snapshot}")
    snap = json.loads(args.snapshot.read_text(encoding="utf-8"))
    render(snap, args.out)
    print(f"wrote {args.out}/tables.md and plots")
    return 0


if __name__ == "__main__":
    sys.exit(main())
