"""Markdown output of every corpus page, rendered by a real renderer (issue 25).

    python bench/markdown_check.py [CORPUS_ROOT_OR_DIR] [--limit N] [--examples N] [--captions]

CORPUS_ROOT_OR_DIR defaults to ``../shared/corpus`` (all of wcxb, fundus, scrapinghub); a single
corpus directory (holding ``truth.jsonl`` and ``pages/``) runs that one only.

Each page is extracted with its URL (``articlekit.extract(page, url=truth url)``; with
``--captions``, with ``Options(include_captions=True)``, so that caption blocks are judged too) and written as
``articlekit.serialize(article, "markdown")``; the part after the YAML front matter is rendered
with markdown-it-py (CommonMark with GFM tables and strikethrough, as a pipeline would) and read
back with lxml. Three checks, each judged from the Article's data alone (not from what the
serializer meant to write):

- **text**: the rendered text (``text_content``, white space collapsed) is the headline, then
  each block's text (a list's items, a table's cells), a figure's caption and credit (once: a
  caption block right after a figure that repeats its caption is that caption), an embed's link
  line ("provider: url") and its quoted text.
- **links**: the rendered ``<a>`` elements, in order, as (anchor text collapsed, ``href``) are
  exactly the link spans with an http, https, mailto or relative address (anchor ``text[start:end]``,
  address as markdown-it normalizes it, ``normalizeLink``), block by block, then an embed's link
  line.
- **images**: the rendered ``<img>`` elements, as (``src``, ``alt``), are exactly the figures
  with an http(s) or relative address, in order.

Pages passing each check are counted per corpus; a failure is listed with the page id and the
first difference.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import lxml.html
from markdown_it import MarkdownIt

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent / "src"))

import articlekit  # noqa: E402
from articlekit import Caption, Embed, Figure, ListBlock, Table  # noqa: E402
from source_match import corpus_dirs, pages  # noqa: E402

RENDERER = MarkdownIt("commonmark").enable(["table", "strikethrough"])
CHECKS = ("text", "links", "images")
LINK_SCHEMES = frozenset({"", "http", "https", "mailto"})  # "": a relative address
PICTURE_SCHEMES = frozenset({"", "http", "https"})


def collapsed(text: str) -> str:
    return " ".join(text.split())


def body_of(markdown: str) -> str:
    """The Markdown after the front matter."""
    if markdown.startswith("---\n"):
        return markdown.removeprefix("---\n").partition("\n---\n")[2]
    return markdown


def scheme(address: str) -> str:
    """An address's scheme ("https"), or "" for a relative one."""
    head = address.partition("/")[0].partition("?")[0].partition("#")[0]
    return head.partition(":")[0].lower() if ":" in head else ""


def is_link(address: str | None) -> bool:
    """A link a Markdown reader should get: http, https, mailto or relative."""
    return bool(address and address.strip()) and scheme(address.strip()) in LINK_SCHEMES  # type: ignore[union-attr]


def is_picture(address: str) -> bool:
    """A picture a Markdown reader should get: http, https or relative."""
    return bool(address.strip()) and scheme(address.strip()) in PICTURE_SCHEMES


def block_parts(block: articlekit.Block) -> list[tuple[str, Sequence[articlekit.Span]]]:
    """A block's texts with their spans: a list's items, a table's cells, or its text."""
    if isinstance(block, ListBlock):
        return list(zip(block.items, block.item_spans))
    if isinstance(block, Table):
        return [part for row, spans in zip(block.rows, block.cell_spans) for part in zip(row, spans)]
    return [(block.text, getattr(block, "spans", ()))]


def expected(article: articlekit.Article) -> tuple[str, list[tuple[str, str]], list[tuple[str, str]]]:
    """What a reader should see: the text, the links and the images."""
    shown = [article.headline or ""]
    links: list[tuple[str, str]] = []
    images: list[tuple[str, str]] = []
    body = article.body
    skip = -1
    for n, block in enumerate(body):
        if n == skip:
            continue
        if isinstance(block, Figure):
            following = body[n + 1] if n + 1 < len(body) else None
            if isinstance(following, Caption) and block.caption.strip() and collapsed(following.text) == collapsed(block.caption):
                skip = n + 1
                links += span_links(following.text, following.spans)
            shown += [block.caption, block.credit]
            if is_picture(block.src):
                images.append((RENDERER.normalizeLink(block.src.strip()), collapsed(block.alt)))
        elif isinstance(block, Embed):
            if is_link(block.url):
                shown.append(f"{block.provider}: {block.url.strip()}" if block.provider.strip() else block.url.strip())
                links.append((collapsed(shown[-1]), RENDERER.normalizeLink(block.url.strip())))
            shown.append(block.text)
        else:
            for text, spans in block_parts(block):
                shown.append(text)
                links += span_links(text, spans)
    return collapsed(" ".join(shown)), links, images


def span_links(text: str, spans: Sequence[articlekit.Span]) -> list[tuple[str, str]]:
    return [
        (collapsed(text[s.start : s.end]), RENDERER.normalizeLink(s.href.strip()))
        for s in spans if s.kind == "link" and is_link(s.href) and s.href and text[s.start : s.end].strip()
    ]


def rendered(markdown: str) -> tuple[str, list[tuple[str, str]], list[tuple[str, str]]]:
    root: Any = lxml.html.fragment_fromstring(RENDERER.render(body_of(markdown)) or "<p></p>", create_parent="div")
    links = [(collapsed(a.text_content()), a.get("href") or "") for a in root.iter("a")]
    images = [(img.get("src") or "", collapsed(img.get("alt") or "")) for img in root.iter("img")]
    return collapsed(root.text_content()), links, images


def first_difference(want: Sequence[Any] | str, got: Sequence[Any] | str) -> str:
    """Where two texts or lists first differ, with a little context."""
    n = next((i for i, (a, b) in enumerate(zip(want, got)) if a != b), min(len(want), len(got)))
    if isinstance(want, str) and isinstance(got, str):
        return f"at {n}: want {want[max(0, n - 40) : n + 60]!r} got {got[max(0, n - 40) : n + 60]!r}"
    pick = lambda items: items[n] if n < len(items) else "(none)"  # noqa: E731
    return f"item {n} of {len(want)}/{len(got)}: want {pick(want)!r} got {pick(got)!r}"


@dataclass
class Tally:
    pages: int = 0
    passed: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CHECKS, 0))
    all_passed: int = 0
    failures: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.pages += other.pages
        self.all_passed += other.all_passed
        for check in CHECKS:
            self.passed[check] += other.passed[check]


def run_page(page_id: str, url: str, page: bytes, tally: Tally, options: articlekit.Options) -> None:
    tally.pages += 1
    article = articlekit.extract(page, url=url or None, options=options)
    want = expected(article)
    got = rendered(articlekit.serialize(article, "markdown"))
    ok = True
    for check, w, g in zip(CHECKS, want, got):
        if w == g:
            tally.passed[check] += 1
        else:
            ok = False
            tally.failures.append(f"{page_id} {check}: {first_difference(w, g)}")
    tally.all_passed += ok


def report(name: str, tally: Tally) -> None:
    checks = "  ".join(f"{check} {tally.passed[check]}/{tally.pages}" for check in CHECKS)
    print(f"{name:12} pages {tally.pages:5}  {checks}  all three {tally.all_passed}/{tally.pages}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n", 1)[0])
    parser.add_argument("corpus", nargs="?", help="corpus root or one corpus dir (default ../shared/corpus)")
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each corpus")
    parser.add_argument("--examples", type=int, default=20, help="failures to list per corpus")
    parser.add_argument("--captions", action="store_true", help="extract with Options(include_captions=True)")
    args = parser.parse_args(argv)
    options = articlekit.Options(include_captions=args.captions)
    overall = Tally()
    for name, directory in corpus_dirs([args.corpus] if args.corpus else []):
        tally = Tally()
        for page_id, url, page in pages(directory, args.limit):
            run_page(page_id, url, page, tally, options)
        report(name, tally)
        for line in tally.failures[: args.examples]:
            print("    " + line)
        overall.add(tally)
    report("overall", overall)
    return 0 if overall.all_passed == overall.pages else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
