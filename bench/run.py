#!/usr/bin/env python3
"""Benchmark articlekit against other extractors on the shared corpora: quality and CPU time.

    python bench/run.py CORPUS [CORPUS...] [--tools articlekit,trafilatura,readability,newspaper4k,lxml]
                        [--limit N] [--out DIR] [--json] [--gate FLOORS.json] [--no-sites]
                        [--rounds N]

CORPUS is a name under the corpus root (``../shared/corpus`` beside the repository, or
$ARTICLEKIT_CORPUS_ROOT) or a path to a corpus directory. The tools run one after another in
this process, each over the whole corpus, in the order lxml, articlekit, trafilatura, readability,
newspaper4k; with ``--rounds N`` these passes are repeated N times in turn and each page keeps its
fastest time (the machine is shared: the fastest round is the least disturbed, and a drift in its
speed reaches every tool alike). Each tool is warmed up on the
first page, then ``time.process_time()`` is taken around its own extraction call only: the call
that gives the tool's own result object (articlekit's ``Article``, trafilatura's document), not
the conversion of that object to predictions.
Predictions go to ``<out>/<corpus>-<tool>.jsonl`` and are scored by the corpus's ``score.py``.
A missing corpus root exits 0 with a note (1 when CI=true); ``--gate`` exits 1 if a floor fails.
"""
from __future__ import annotations

import argparse
import gzip
import importlib.metadata
import importlib.util
import itertools
import json
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Iterator, Optional, cast

REPO = Path(__file__).resolve().parent.parent
ORDER = ("lxml", "articlekit", "trafilatura", "readability", "newspaper4k")
COLUMNS = (("body F1", "body.f1"), ("P", "body.precision"), ("R", "body.recall"),
           ("acc", "body.accuracy"), ("headline", "headline.exact"),
           ("auth set", "authors.exact_set"), ("auth F1", "authors.name_f1"),
           ("pub day", "published.same_day"), ("pub min", "published.same_minute"),
           ("sub P", "subheadings.precision"), ("sub R", "subheadings.recall"))
ALL_FIELDS = frozenset({"headline", "authors", "published", "section", "body"})
Prediction = dict[str, Any]


@dataclass(frozen=True)
class Tool:
    """``run`` is the timed call; ``convert`` turns its output into prediction fields, untimed.
    ``fields``: what the tool predicts; metrics of other fields show as "-", not as 0.
    ``headings``: whether its body can hold headings (else subheading metrics show as "-")."""
    name: str
    version: str
    run: Callable[[bytes, str], Any]
    convert: Callable[[Any], Prediction]
    fields: frozenset[str] = ALL_FIELDS
    headings: bool = True


@dataclass
class Result:
    tool: str
    pages: int = 0
    errors: int = 0
    cpu_ms: list[float] = field(default_factory=list)
    scores: Optional[dict[str, Any]] = None

    def timing(self) -> dict[str, float]:
        ms = sorted(self.cpu_ms) or [0.0]
        mean = statistics.fmean(ms)
        return {"median": statistics.median(ms), "mean": mean,
                "p95": ms[round(0.95 * (len(ms) - 1))], "pages_per_s": 1000 / mean if mean else 0.0}


def blockify(root: Any, kinds: dict[str, str]) -> list[dict[str, str]]:
    """Blocks from a tool's output tree: one per innermost element whose tag is in ``kinds``
    (which gives its type); loose text between blocks becomes a block of its container's type."""
    is_block = lambda el: isinstance(el.tag, str) and el.tag in kinds
    has_block = lambda el: any(is_block(d) for d in el.iterdescendants())
    out: list[dict[str, str]] = []

    def text(el: Any) -> str:  # <br>/<lb> as line breaks; comments skipped by itertext
        for br in el.iter("br", "lb"):
            br.tail = "\n" + (br.tail or "")
        return "".join(el.itertext())

    def emit(kind: str, raw: str) -> None:
        lines = (" ".join(line.split()) for line in raw.splitlines())
        if text := "\n".join(line for line in lines if line):
            out.append({"type": kind, "text": text})

    def walk(container: Any, kind: str) -> None:
        run = [container.text or ""]
        for child in container:
            if has_block(child):  # a container (div, list, <body>, ...): descend
                emit(kind, "".join(run))
                walk(child, kinds.get(child.tag, kind))
                run = []
            elif is_block(child):
                emit(kind, "".join(run))
                emit(kinds[child.tag], text(child))
                run = []
            elif isinstance(child.tag, str):  # inline: part of the running text
                run.append(text(child))
            run.append(child.tail or "")
        emit(kind, "".join(run))
    walk(root, kinds.get(root.tag, "paragraph"))
    return out


# Block type by tag in each tool's output tree; tags not listed are inline.
TRAFILATURA_KINDS = {"p": "paragraph", "head": "heading", "list": "list", "item": "list",
                     "quote": "quote", "table": "paragraph", "row": "paragraph",
                     "cell": "paragraph", "code": "paragraph"}
READABILITY_KINDS = {"li": "list", "blockquote": "quote",
                     **dict.fromkeys("h1 h2 h3 h4 h5 h6".split(), "heading"),
                     **dict.fromkeys("p div section article main header footer aside pre ul ol dl "
                                     "dt dd table thead tbody tfoot tr td th figure figcaption form "
                                     "center".split(), "paragraph")}


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def load_lxml(_: argparse.Namespace) -> Tool:
    import lxml.html

    def run(html: bytes, url: str) -> int:
        # The tree is released inside the timed call, as every tool releases its own tree.
        return len(lxml.html.document_fromstring(html))
    return Tool("lxml", _version("lxml"), run, lambda _: {}, frozenset())


def load_articlekit(args: argparse.Namespace) -> Tool:
    if importlib.util.find_spec("articlekit") is None and (REPO / "src" / "articlekit").is_dir():
        sys.path.insert(0, str(REPO / "src"))
    import articlekit
    if not (hasattr(articlekit, "extract") and hasattr(articlekit, "serialize")):
        raise ImportError("articlekit has no extract()/serialize() yet")
    kwargs: dict[str, Any] = {}
    if args.no_sites:
        try:
            kwargs["options"] = articlekit.Options(site_extractors=False)
        except (AttributeError, TypeError) as exc:
            print(f"note: --no-sites ignored ({exc})")

    def run(html: bytes, url: str) -> Any:
        return articlekit.extract(html, url=url, **kwargs)

    def convert(article: Any) -> Prediction:
        return cast(Prediction, json.loads(articlekit.serialize(article, "json")))
    return Tool("articlekit", _version("articlekit"), run, convert)


def load_trafilatura(_: argparse.Namespace) -> Tool:
    import trafilatura

    def run(html: bytes, url: str) -> Any:
        return trafilatura.bare_extraction(html, url=url, with_metadata=True,
                                           include_formatting=True)

    def convert(doc: Any) -> Prediction:
        if doc is None:
            return {}
        authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]  # "; "-joined
        body = blockify(doc.body, TRAFILATURA_KINDS) if doc.body is not None else []
        return {"headline": doc.title, "authors": authors, "published": doc.date, "body": body}
    return Tool("trafilatura", _version("trafilatura"), run, convert, ALL_FIELDS - {"section"})


def load_readability(_: argparse.Namespace) -> Tool:
    import lxml.html
    import readability

    def run(html: bytes, url: str) -> tuple[str, str]:
        doc = readability.Document(html, url=url)
        return doc.short_title(), doc.summary()

    def convert(out: tuple[str, str]) -> Prediction:
        title, summary = out
        if not summary.strip():
            return {"headline": title, "body": []}
        return {"headline": title,
                "body": blockify(lxml.html.document_fromstring(summary), READABILITY_KINDS)}
    return Tool("readability", _version("readability-lxml"), run, convert,
                frozenset({"headline", "body"}))


def load_newspaper4k(_: argparse.Namespace) -> Tool:
    import warnings
    with warnings.catch_warnings():  # "nltk is not installed": only its NLP features need it
        warnings.simplefilter("ignore")
        import newspaper
    config = newspaper.Config()
    config.fetch_images = False  # never touch the network: the page is given
    config.memorize_articles = False

    def run(html: bytes, url: str) -> Any:
        article = newspaper.Article(url, config=config)
        article.download(input_html=html)
        article.parse()
        return article

    def convert(article: Any) -> Prediction:
        text = article.text or ""
        parts = text.split("\n\n") if "\n\n" in text else text.split("\n")
        published = article.publish_date
        return {"headline": article.title or None, "authors": list(article.authors or []),
                "published": published.isoformat() if published else None,
                "body": [{"type": "paragraph", "text": " ".join(p.split())}
                         for p in parts if p.strip()]}
    return Tool("newspaper4k", _version("newspaper4k"), run, convert, ALL_FIELDS - {"section"},
                headings=False)  # its text is paragraphs only


LOADERS: dict[str, Callable[[argparse.Namespace], Tool]] = {
    "lxml": load_lxml, "articlekit": load_articlekit,
    "trafilatura": load_trafilatura, "readability": load_readability,
    "newspaper4k": load_newspaper4k}


def load_tools(args: argparse.Namespace) -> dict[str, Tool]:
    tools = {}
    for name in (n for n in ORDER if n in args.tools):
        try:
            tools[name] = LOADERS[name](args)
        except ImportError as exc:
            print(f"note: skipping {name}: not importable ({exc})")
    return tools


def resolve_corpus(arg: str, root: Path) -> Path:
    if (Path(arg) / "truth.jsonl").is_file():
        return Path(arg).resolve()
    if not root.is_dir():
        print(f"corpus root {root} not found (set ARTICLEKIT_CORPUS_ROOT); benchmark skipped")
        sys.exit(1 if os.environ.get("CI") == "true" else 0)
    if not (root / arg / "truth.jsonl").is_file():
        known = sorted(p.name for p in root.iterdir() if (p / "truth.jsonl").is_file())
        sys.exit(f"unknown corpus {arg!r}; under {root}: {', '.join(known)}")
    return root / arg


def load_scorer(corpus: Path, root: Path) -> ModuleType:
    path = next((p for p in (corpus.parent / "score.py", root / "score.py") if p.is_file()), None)
    spec = importlib.util.spec_from_file_location("corpus_score", path) if path else None
    if spec is None or spec.loader is None:
        sys.exit(f"no score.py beside {corpus} or in {root}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pages(corpus: Path, limit: Optional[int]) -> Iterator[tuple[dict[str, Any], bytes]]:
    with open(corpus / "truth.jsonl", encoding="utf-8") as f:
        for line in itertools.islice(f, limit):
            truth = json.loads(line)
            yield truth, gzip.decompress((corpus / "pages" / f"{truth['id']}.html.gz").read_bytes())


def extract_page(tool: Tool, html: bytes, url: str) -> tuple[Optional[Prediction], float]:
    """The prediction fields (None on an exception) and the CPU ms of the tool's own call."""
    start = time.process_time()
    try:
        raw = tool.run(html, url)
    except Exception:
        return None, (time.process_time() - start) * 1000
    ms = (time.process_time() - start) * 1000
    try:
        return {k: v for k, v in tool.convert(raw).items() if k != "id"}, ms
    except Exception:
        return None, ms


def run_corpus(tools: dict[str, Tool], corpus: Path, limit: Optional[int], out_dir: Path,
               rounds: int = 1) -> list[Result]:
    """Every tool on every page of the corpus, each tool in a pass of its own (warm, as it runs
    in real use), the passes repeated ``rounds`` times in turn. A page's CPU time is its fastest
    round: the machine is shared, and the fastest of a few rounds is the least disturbed; with
    the tools taking turns round by round, a drift in its speed reaches every tool alike. The
    predictions of the first round go to ``<out_dir>/<corpus>-<tool>.jsonl``."""
    results = {name: Result(name) for name in tools}
    for round_ in range(rounds):
        for name, tool in tools.items():
            result, first = results[name], round_ == 0
            out = open(out_dir / f"{corpus.name}-{name}.jsonl", "w", encoding="utf-8") if first else None
            try:
                for i, (truth, html) in enumerate(pages(corpus, limit)):
                    if i == 0 and first:
                        extract_page(tool, html, truth["url"])  # warm-up: lazy imports, caches
                    pred, ms = extract_page(tool, html, truth["url"])
                    if out is None:
                        result.cpu_ms[i] = min(result.cpu_ms[i], ms)
                        continue
                    result.pages, result.errors = result.pages + 1, result.errors + (pred is None)
                    result.cpu_ms.append(ms)
                    out.write(json.dumps({"id": truth["id"], **(pred or {})}, ensure_ascii=False) + "\n")
            finally:
                if out is not None:
                    out.close()
    return list(results.values())


def score(scorer: ModuleType, corpus: Path, limit: Optional[int], preds: Path,
          fields: frozenset[str], headings: bool = True) -> Optional[dict[str, Any]]:
    """score() over the pages run (with --limit, against truth.jsonl cut to its first N lines),
    keeping the metrics of the fields the tool predicts (subheadings come from the body)."""
    if not fields:
        return None
    lines = (corpus / "truth.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    if limit is None or limit >= len(lines):
        scores = scorer.score(corpus, preds)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            Path(tmp, "truth.jsonl").write_text("".join(lines[:limit]), encoding="utf-8")
            scores = scorer.score(tmp, preds)
    return {k: v for k, v in scores.items()
            if not isinstance(v, dict) or ({"subheadings": "body"}.get(k, k) in fields
                                           and (headings or k != "subheadings"))}


def lookup(scores: Optional[dict[str, Any]], path: str) -> Optional[float]:
    value: Any = scores
    for key in path.split("."):
        value = value.get(key) if isinstance(value, dict) else None
    return value if isinstance(value, (int, float)) else None


def median_ratios(results: list[Result]) -> dict[str, float]:
    med = {r.tool: r.timing()["median"] for r in results}
    ak = med.pop("articlekit", None)
    return {k: ak / v for k, v in med.items() if v} if ak is not None else {}


def report(name: str, results: list[Result], tools: dict[str, Tool]) -> None:
    cols = [(h, p) for h, p in COLUMNS if any(lookup(r.scores, p) is not None for r in results)]
    rows = [["tool", *(h for h, _ in cols), "pages", "errors", "ms med", "ms mean", "ms p95",
             "pages/s"]]
    for r in results:
        t, vals = r.timing(), [lookup(r.scores, p) for _, p in cols]
        rows.append([f"{r.tool} {tools[r.tool].version}",
                     *("-" if v is None else f"{v:.3f}" for v in vals), str(r.pages), str(r.errors),
                     *(f"{t[k]:.1f}" for k in ("median", "mean", "p95")), f"{t['pages_per_s']:.0f}"])
    widths = [max(len(x) for x in col) for col in zip(*rows)]
    rows.insert(1, ["-" * w for w in widths])
    print(f"\n== {name}")
    for row in rows:
        print("  ".join([row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]))
    ratios = median_ratios(results)
    if ratios:
        print("articlekit median CPU / " + ", ".join(f"{k}: {v:.2f}x" for k, v in ratios.items()))


def gate(floors_path: Path, summary: dict[str, Any], generic: bool = False) -> bool:
    """Check the articlekit rows against the floors; print each check; True if all pass.

    A key ``NAME/generic`` holds floors for the generic extractor (a ``--no-sites`` run); plain
    ``NAME`` keys hold those of the default run."""
    ok = True
    for key, floors in json.loads(floors_path.read_text(encoding="utf-8")).items():
        corpus, _, mode = key.partition("/")
        if (mode == "generic") != generic:
            print(f"SKIP  {key}: {'needs' if mode else 'not for'} a --no-sites run")
            continue
        if corpus not in summary:
            print(f"SKIP  {key}: corpus not run")
            continue
        row = summary[corpus]["tools"].get("articlekit")
        for path, floor in floors.items():
            value = lookup(row["scores"], path) if row else None
            ok &= (passed := value is not None and value >= floor)
            shown = ("n/a (articlekit not run)" if not row else "absent" if value is None
                     else f"{value:.3f}")
            print(f"{'PASS' if passed else 'FAIL'}  {key} {path} = {shown} (floor {floor})")
    return ok


def parse_args(argv: Optional[list[str]] = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="+", metavar="CORPUS")
    ap.add_argument("--tools", default=",".join(ORDER),
                    type=lambda s: [t.strip() for t in s.split(",") if t.strip()])
    ap.add_argument("--limit", type=int, help="only the first N pages of each corpus")
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "results")
    ap.add_argument("--json", action="store_true", help="also write <out>/summary.json")
    ap.add_argument("--gate", type=Path, metavar="FLOORS.json", help="floors for articlekit")
    ap.add_argument("--no-sites", action="store_true", help="articlekit without site extractors")
    ap.add_argument("--rounds", type=int, default=1, metavar="N",
                    help="time every page N times, each tool's pass in turn, and keep the fastest")
    args = ap.parse_args(argv)
    if set(args.tools) - set(ORDER):
        ap.error(f"unknown tools {sorted(set(args.tools) - set(ORDER))}; known: {', '.join(ORDER)}")
    return args


def main(argv: Optional[list[str]] = None) -> int:
    args = parse_args(argv)
    root = Path(os.environ.get("ARTICLEKIT_CORPUS_ROOT") or REPO.parent / "shared" / "corpus")
    corpora = [resolve_corpus(c, root) for c in args.corpora]
    tools = load_tools(args)
    args.out.mkdir(parents=True, exist_ok=True)
    summary: dict[str, Any] = {}
    for corpus in corpora:
        scorer = load_scorer(corpus, root)
        results = run_corpus(tools, corpus, args.limit, args.out, args.rounds)
        for result in results:
            tool = tools[result.tool]
            preds = args.out / f"{corpus.name}-{tool.name}.jsonl"
            result.scores = score(scorer, corpus, args.limit, preds, tool.fields, tool.headings)
        report(corpus.name, results, tools)
        summary[corpus.name] = {"articlekit_median_ratio": median_ratios(results), "tools": {
            r.tool: {"version": tools[r.tool].version, "scores": r.scores, "pages": r.pages,
                     "errors": r.errors, "cpu_ms": r.timing()} for r in results}}
    if args.json:
        (args.out / "summary.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
        print(f"\nwrote {args.out / 'summary.json'}")
    if args.gate:
        print()
        return 0 if gate(args.gate, summary, generic=args.no_sites) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
