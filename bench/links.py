"""Link fidelity of articlekit's inline spans, judged against the page itself (issue 25).

    python bench/links.py [CORPUS_ROOT_OR_DIR] [--limit N] [--blocks paragraph|text] [--examples N]

CORPUS_ROOT_OR_DIR defaults to ``../shared/corpus`` (all of wcxb, fundus, scrapinghub); a single
corpus directory (holding ``truth.jsonl`` and ``pages/``) runs that one only.

How: each page is extracted with ``articlekit.extract(page, url=truth url)``. The page is also
parsed on its own with lxml (``bench/source_match.py``), and each output ``Paragraph`` (with
``--blocks text`` also each Heading, Quote, Caption and Standfirst, and each item of a List on
its own) is traced to its source
element: the one ``<p>/<li>/<div>/<td>/<blockquote>/<h2-6>`` whose whitespace-collapsed text
equals the block's (nested elements with the same text count as one, the outermost). Blocks with
no such element, or with several, are counted as *unmatched* and not judged.

In the source element, the *source links* are its ``<a href>`` elements with non-empty anchor text
whose href, resolved with urljoin against the page URL and its ``<base href>``, is http(s). The
*span links* are the block's spans of kind ``link`` with an http(s) href, their anchor being
``text[start:end]``. Both are compared as multisets of (whitespace-collapsed anchor, absolute URL):

- **kept**: source links present among the span links (the same pair; a link written twice must be
  there twice). Target >= 0.97.
- **extra**: span links the source element lacks. Target 0.

Articlekit's spans are used only as the thing judged, never to find the source. Figures are given
per corpus and overall, with the classes of misses and extras and the first examples (page id,
anchor, URL) for a developer to look at. Span links whose href is not http(s) (mailto:) are
counted apart, not as extras.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent / "src"))

import articlekit  # noqa: E402
from source_match import SourceIndex, absolute, collapse, corpus_dirs, page_base, pages, parse, share, text_of  # noqa: E402

Link = tuple[str, str]


@dataclass
class Tally:
    pages: int = 0
    errors: int = 0
    blocks: int = 0
    matched: int = 0
    unmatched_none: int = 0
    unmatched_several: int = 0
    source_links: int = 0
    kept: int = 0
    span_links: int = 0
    extra: int = 0
    other_scheme_spans: int = 0
    miss_classes: Counter[str] = field(default_factory=Counter)
    extra_classes: Counter[str] = field(default_factory=Counter)

    def add(self, other: Tally) -> None:
        for name in ("pages", "errors", "blocks", "matched", "unmatched_none", "unmatched_several"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("source_links", "kept", "span_links", "extra", "other_scheme_spans"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.miss_classes.update(other.miss_classes)
        self.extra_classes.update(other.extra_classes)


def source_links(element: object, base: str) -> Counter[Link]:
    """The http(s) links with anchor text inside the source element (the element itself when it
    is an ``<a>``), as (collapsed anchor, absolute URL)."""
    found: Counter[Link] = Counter()
    for anchor in element.iter("a"):  # type: ignore[attr-defined]
        href = anchor.get("href")
        if href is None:
            continue
        url = absolute(href, base)
        text = text_of(anchor)
        if url and text:
            found[(text, url)] += 1
    return found


def units(block: articlekit.Block) -> list[tuple[str, tuple[articlekit.Span, ...]]]:
    """What is judged of a block, each with its spans: the block's text, or each item of a list
    (an item is traced to its own ``<li>``)."""
    if isinstance(block, articlekit.ListBlock):
        return list(zip(block.items, block.item_spans))
    return [(block.text, getattr(block, "spans", ()))]


def span_links(text: str, spans: tuple[articlekit.Span, ...]) -> tuple[Counter[Link], int]:
    """The link spans over ``text`` with an http(s) href, and how many other link spans there are."""
    found: Counter[Link] = Counter()
    other = 0
    for span in spans:
        if span.kind != "link":
            continue
        if not span.href or not span.href.startswith(("http://", "https://")):
            other += 1
            continue
        found[(collapse(text[span.start : span.end]), span.href)] += 1
    return found, other


def classify(link: Link, others: Counter[Link]) -> str:
    """Why a link has no twin on the other side: the same anchor with another URL, the same URL
    with another anchor (cut or merged anchors), or nothing alike. (``run_page`` first sets apart
a link that is the block's whole text, a card or a leaked menu item, and links lost in a body
that a site rule gave, which carries no spans.)"""
    anchor, url = link
    if any(a == anchor for a, _ in others):
        return "same anchor, other URL"
    if any(u == url for _, u in others):
        return "same URL, other anchor"
    if any(anchor in a or a in anchor for a, _ in others if a):
        return "overlapping anchor, other URL"
    return "absent"


def run_page(
    page_id: str, url: str, page: bytes, kinds: tuple[str, ...], examples: list[str], tally: Tally, limit: int
) -> None:
    tally.pages += 1
    try:
        article = articlekit.extract(page, url=url or None)
    except articlekit.ArticleKitError:
        tally.errors += 1
        return
    tree = parse(page)
    base = page_base(tree, url)
    index = SourceIndex.build(tree)
    units_judged = [unit for block in article.body if block.kind in kinds for unit in units(block)]
    for text, block_spans in units_judged:
        if not text.strip():
            continue
        tally.blocks += 1
        element, why = index.find(text)
        spans, other = span_links(text, block_spans)
        tally.other_scheme_spans += other
        if element is None:
            if why == "none":
                tally.unmatched_none += 1
            else:
                tally.unmatched_several += 1
            continue
        tally.matched += 1
        source = source_links(element, base)
        kept = source & spans
        tally.source_links += sum(source.values())
        tally.kept += sum(kept.values())
        tally.span_links += sum(spans.values())
        missing = source - spans
        extra = spans - source
        tally.extra += sum(extra.values())
        from_site_rule = (article.provenance.get("body") or "").startswith("site:")
        for link, count in missing.items():
            if link[0] == collapse(text):
                why_missed = "link is the whole block"
            elif not spans and from_site_rule:
                why_missed = "site-rule body, no spans"
            else:
                why_missed = classify(link, spans - kept)
            tally.miss_classes[why_missed] += count
            if len(examples) < limit:
                examples.append(f"MISS  {page_id}  [{why_missed}]  {link[0][:60]!r} -> {link[1][:110]}")
        for link, count in extra.items():
            why_extra = classify(link, source - kept)
            tally.extra_classes[why_extra] += count
            if len(examples) < limit:
                examples.append(f"EXTRA {page_id}  [{why_extra}]  {link[0][:60]!r} -> {link[1][:110]}")


def report(name: str, tally: Tally) -> None:
    print(
        f"{name:12} pages {tally.pages:4}  errors {tally.errors}  blocks {tally.blocks:6}  matched {tally.matched:6}"
        f"  unmatched {tally.unmatched_none + tally.unmatched_several:5} (no element {tally.unmatched_none},"
        f" several {tally.unmatched_several})"
    )
    print(
        f"{'':12} source links {tally.source_links:6}  kept {tally.kept:6}  share kept {share(tally.kept, tally.source_links)}"
        f"  (target >= 0.97)   span links {tally.span_links:6}  extra {tally.extra} (target 0)"
        f"  non-http spans {tally.other_scheme_spans}"
    )
    if tally.miss_classes:
        print(f"{'':12} misses: " + ", ".join(f"{k} {v}" for k, v in tally.miss_classes.most_common()))
    if tally.extra_classes:
        print(f"{'':12} extras: " + ", ".join(f"{k} {v}" for k, v in tally.extra_classes.most_common()))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("corpus", nargs="?", help="corpus root or one corpus dir (default ../shared/corpus)")
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each corpus")
    parser.add_argument("--blocks", choices=("paragraph", "text"), default="paragraph")
    parser.add_argument("--examples", type=int, default=20, help="misses/extras to list per corpus")
    args = parser.parse_args(argv)
    kinds = ("paragraph",) if args.blocks == "paragraph" else ("paragraph", "heading", "list", "quote", "caption", "standfirst")
    overall = Tally()
    for name, directory in corpus_dirs([args.corpus] if args.corpus else []):
        tally = Tally()
        examples: list[str] = []
        for page_id, url, page in pages(directory, args.limit):
            run_page(page_id, url, page, kinds, examples, tally, args.examples)
        report(name, tally)
        for line in examples:
            print("    " + line)
        overall.add(tally)
    report("overall", overall)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
