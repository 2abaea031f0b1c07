"""Draw what the generic body extractor does with one page, as an SVG (matplotlib).

Left: every text element of the page in reading order, one bar each (its length in characters),
coloured by what became of it: pruned before scoring, outside the chosen container, skipped as
furniture inside it, or kept as a body block of some type (or taken as the headline). Right: the
container scores, the winner marked.

    python docs/_ext/body_figure.py examples/news-page.html out.svg
"""

from __future__ import annotations

import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

import articlekit  # noqa: E402
from articlekit.body.candidates import choose_containers, score_containers  # noqa: E402
from articlekit.body.prune import prune  # noqa: E402
from articlekit.dom.decode import decode  # noqa: E402
from articlekit.dom.parse import parse  # noqa: E402
from articlekit.dom.text import element_text  # noqa: E402
from articlekit.sources.index import PageIndex  # noqa: E402

# Elements shown as one row each: where a reader sees a separate piece of text.
TEXT_TAGS = ("h1", "h2", "h3", "h4", "p", "li", "figcaption", "span", "time", "a")
COLOURS = {
    "paragraph": "#8fbce6", "heading": "#c5a3e0", "list": "#8fdde6", "quote": "#9ed99e",
    "table": "#d2b48c", "caption": "#e0e08a",
    "headline": "#ffbb78",
    "furniture in the container": "#f28b82",
    "outside the container": "#bbbbbb",
    "pruned before scoring": "#eeeeee",
}


def _label(el: object) -> str:
    tag = el.tag  # type: ignore[attr-defined]
    cls = (el.get("class") or "").split()  # type: ignore[attr-defined]
    return f"<{tag}{'.' + cls[0] if cls else ''}>"


def _rows(html: bytes, url: str | None) -> tuple[list[tuple[str, str, int, str]], list[tuple[str, float, bool]]]:
    article = articlekit.extract(html, url=url)
    kept: dict[str, str] = {}
    for block in article.body:
        for text in (block.items if block.kind == "list" else (block.text,)):  # type: ignore[union-attr]
            kept.setdefault(" ".join(text.split()), block.kind)

    root = parse(decode(html).text)
    body = root.find("body")
    elements = []
    for el in (body if body is not None else root).iter(*TEXT_TAGS):
        # one row per innermost text holder: an <a> or <span> inside a <p> belongs to the <p>
        if any(a.tag in ("p", "li", "h1", "h2", "h3", "h4", "figcaption") for a in el.iterancestors()):
            continue
        if el.tag in ("span", "a", "time") and any(c.tag in ("span", "time") for c in el):
            continue
        text = " ".join(element_text(el).split())
        if text:
            elements.append((el, text))

    index = PageIndex.of(root)
    prune(root, index.styled)
    attached = set(root.iter())
    scores, _ = score_containers(root, index.loose_chars)
    containers = choose_containers(root, article.headline, index.loose_chars)
    inside = {d for c in containers for d in c.iter()}
    rows = []
    for el, text in elements:
        if el not in attached:
            fate = "pruned before scoring"
        elif text == article.headline:
            fate = "headline"
        elif text in kept:
            fate = kept[text]
        elif el in inside:
            fate = "furniture in the container"
        else:
            fate = "outside the container"
        rows.append((_label(el), text, len(text), fate))
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])[:6]
    winners = set(containers)
    bars = [(_label(el), score, el in winners) for el, score in ranked]
    return rows, bars


def draw(page: Path, out: Path, url: str | None = "https://harborgazette.example/local/") -> None:
    rows, bars = _rows(page.read_bytes(), url)
    plt.rcParams["svg.hashsalt"] = "articlekit-docs"  # stable ids: the same page, the same file
    fig, (left, right) = plt.subplots(
        1, 2, figsize=(11, 0.28 * len(rows) + 1.6), gridspec_kw={"width_ratios": [3, 1.3]})
    for y, (label, text, length, fate) in enumerate(rows):
        left.barh(y, min(length, 260), color=COLOURS[fate], edgecolor="#555555", linewidth=0.4)
        snippet = text if len(text) <= 46 else text[:44] + "…"
        left.text(4, y, f"{label} {snippet}", va="center", fontsize=7)
    left.set_ylim(len(rows) - 0.5, -0.5)
    left.set_yticks([])
    left.set_xlabel("characters of text (bars cut at 260)")
    left.set_title(f"{page.name}: each text element, in page order", fontsize=10, loc="left")
    used = [f for f in COLOURS if any(r[3] == f for r in rows)]
    left.legend(handles=[Patch(facecolor=COLOURS[f], edgecolor="#555555", label=f) for f in used],
                loc="lower right", fontsize=7, frameon=True)
    for i, (label, score, won) in enumerate(bars):
        right.barh(i, score, height=0.5, color="#8fbce6" if won else "#bbbbbb",
                   edgecolor="#555555", linewidth=0.4)
        right.text(score, i, f" {score:.1f}", va="center", fontsize=7)
    right.set_yticks(range(len(bars)), [label + ("  (chosen)" if won else "") for label, _, won in bars],
                     fontsize=7)
    right.set_ylim(len(bars) - 0.5, -0.5)
    right.set_xlabel("score: paragraph votes + class hints")
    right.set_title("best-scoring containers", fontsize=10, loc="left")
    right.set_xlim(0, max(s for _, s, _ in bars) * 1.25 if bars else 1)
    fig.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, format=out.suffix[1:], **({"metadata": {"Date": None}} if out.suffix == ".svg" else {}))
    plt.close(fig)


if __name__ == "__main__":
    draw(Path(sys.argv[1]), Path(sys.argv[2]))
