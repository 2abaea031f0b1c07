"""Figure fidelity of articlekit's Figure blocks, judged against the page itself (issue 25).

    python bench/figures.py [CORPUS_ROOT_OR_DIR] [--limit N] [--examples N]

CORPUS_ROOT_OR_DIR defaults to ``../shared/corpus`` (all of wcxb, fundus, scrapinghub); a single
corpus directory (holding ``truth.jsonl`` and ``pages/``) runs that one only.

How: each page is extracted with ``articlekit.extract(page, url=truth url)``. The *story
container* is the one articlekit chose: a debug hook local to this script wraps
``articlekit.pipeline.parse`` (to keep an untouched copy of the freshly parsed tree, before code
stripping and pruning change it) and ``articlekit.body.to_blocks`` (to see the containers the
body was walked from, a site rule's or the generic scoring's). The chosen containers are found
again in the untouched copy by their place in document order, and everything below is judged
there, so nothing articlekit removed later (``<noscript>``, furniture) is hidden from the bench.
Pages whose body came from the page's script data or from JSON-LD ``articleBody`` have no
container in the page and are skipped (counted). The output's Paragraph, Heading, Quote and list
blocks are traced to their source elements (``bench/source_match.py``) only to tell pictures
before the story's first or after its last text block apart in the miss classes.

The *story's pictures* are the ``<img>`` inside the container(s), less these, excluded by pattern
alone (never by page), because a reader would not call them the story's pictures:
- tracking pixels, spacers and icons: a ``width`` or ``height`` attribute below 60;
- emoji, icons, authors' portraits and logos: a class word (class split at spaces, ``-`` and
  ``_``) emoji, icon, avatar or logo;
- teaser cards: an image inside a link to another page (a link to an image file, a lightbox,
  or to the page itself counts as the picture's own);
- placeholders: images with no address but ``data:`` URIs;
- an ``<img>`` inside ``<noscript>`` when the noscript's parent holds another ``<img>`` outside it
  (the script-less copy of a lazy image); a noscript image with no such twin counts.
Each picture's address is resolved here, independently of articlekit, as a browser that ran the
page's lazy loader would: the largest candidate of ``srcset`` / ``data-srcset`` (or of an
enclosing ``<picture>``'s ``<source>``), else ``data-src`` / ``data-lazy-src`` /
``data-original`` / ``data-lazyload`` / ``data-hi-res-src``, else ``src``; made absolute against
the page URL and its ``<base href>``. Pictures with the same address count once.

Reported per corpus and overall:
- **kept**: the share of the story's pictures with a Figure block of the same absolute URL
  (target >= 0.95); also the share matched by any of the picture's candidate addresses, and by
  file name alone (the last path segment; srcset choices differ in size, not in name); and the
  share among the pictures between the story's first and last traced text block.
- **outside**: Figure blocks whose URL is not among the addresses of any element inside the
  container(s) (every attribute read as a URL or srcset, plus ``url(...)`` in style), with
  whether it is elsewhere on the page. Target 0.
- the misses by class (where the picture's address came from, in ``<noscript>``, pages that got
  no figures at all), and for information the teaser-card pictures left out, and the first
  examples with page id.
"""

from __future__ import annotations

import argparse
import copy
import importlib
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent / "src"))

import articlekit  # noqa: E402
import articlekit.body  # noqa: E402
import articlekit.pipeline  # noqa: E402
from lxml import etree  # noqa: E402
from source_match import SourceIndex, absolute, corpus_dirs, page_base, pages, share  # noqa: E402

MIN_SIZE = 60
EXCLUDED_CLASS_WORDS = frozenset({"emoji", "icon", "avatar", "logo"})
SRCSET_ATTRIBUTES = ("srcset", "data-srcset", "data-lazy-srcset")
LAZY_ATTRIBUTES = ("data-src", "data-lazy-src", "data-original", "data-lazyload", "data-hi-res-src")
STORY_KINDS = frozenset({"paragraph", "heading", "quote"})
_CLASS_SPLIT = re.compile(r"[\s_-]+")
_SIZE = re.compile(r"\s*(\d+)")
_STYLE_URL = re.compile(r"""url\(\s*['"]?([^'")]+)""")


def parse_srcset(value: str) -> list[tuple[str, float]]:
    """``srcset`` candidates as (URL, size): a ``w`` descriptor's width, an ``x`` density times
    a large number below any real width ordering issue, 1x when none. Commas inside a URL are kept
    (a candidate's URL runs to the first whitespace, as the HTML parser reads it)."""
    found: list[tuple[str, float]] = []
    position, length = 0, len(value)
    while position < length:
        while position < length and (value[position].isspace() or value[position] == ","):
            position += 1
        start = position
        while position < length and not value[position].isspace():
            position += 1
        url = value[start:position]
        descriptor = ""
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            start = position
            while position < length and value[position] != ",":
                position += 1
            descriptor = value[start:position].strip()
        if not url:
            continue
        size = 1.0
        for token in descriptor.split():
            try:
                if token.endswith("w"):
                    size = float(token[:-1])
                elif token.endswith("x"):
                    size = float(token[:-1])
            except ValueError:
                pass
        found.append((url, size))
    return found


def candidates(img: etree._Element, base: str) -> tuple[str | None, str, list[str]]:
    """The picture's best absolute address, which attribute it came from, and all its addresses."""
    every: list[str] = []
    best: tuple[str, str] | None = None
    sources: list[tuple[str, str]] = []
    parent = img.getparent()
    while parent is not None and parent.tag == "source":  # lxml's parser does not know <source> is void
        parent = parent.getparent()
    if parent is not None and parent.tag == "picture":
        for source in parent.iter("source"):
            for name in SRCSET_ATTRIBUTES:
                if source.get(name):
                    sources.append((f"picture {name}", source.get(name) or ""))
    for name in SRCSET_ATTRIBUTES:
        if img.get(name):
            sources.insert(0, (name, img.get(name) or ""))
    for origin, value in sources:
        ranked = [(size, url) for url, size in parse_srcset(value) if absolute(url, base)]
        for _, url in ranked:
            every.append(absolute(url, base) or "")
        if ranked and best is None:
            best = (absolute(max(ranked)[1], base) or "", origin)
    for name in (*LAZY_ATTRIBUTES, "src"):
        resolved = absolute(img.get(name) or "", base)
        if resolved:
            every.append(resolved)
            if best is None:
                best = (resolved, name)
    if best is None:
        return None, "", every
    return best[0], best[1], every


def size_attribute(img: etree._Element, name: str) -> int | None:
    found = _SIZE.match(img.get(name) or "")
    return int(found.group(1)) if found else None


def excluded(img: etree._Element) -> bool:
    for name in ("width", "height"):
        size = size_attribute(img, name)
        if size is not None and size < MIN_SIZE:
            return True
    words = {word.casefold() for word in _CLASS_SPLIT.split(img.get("class") or "") if word}
    return bool(words & EXCLUDED_CLASS_WORDS)


def linked_away(img: etree._Element, container: etree._Element, base: str, page_url: str) -> bool:
    """Whether the picture sits in a link to another page (a teaser card), not to an image."""
    for ancestor in img.iterancestors():
        if ancestor is container:
            return False
        if ancestor.tag == "a":
            target = absolute(ancestor.get("href") or "", base)
            if not target or target.partition("#")[0] == page_url.partition("#")[0]:
                return False
            return not urlsplit(target).path.casefold().endswith((".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif"))
    return False


def in_noscript(img: etree._Element) -> etree._Element | None:
    for ancestor in img.iterancestors():
        if ancestor.tag == "noscript":
            return ancestor
    return None


def file_name(url: str) -> str:
    return urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]


def addresses(root: etree._Element, base: str) -> set[str]:
    """Every absolute address written in an attribute of an element under ``root``."""
    found: set[str] = set()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            if not isinstance(value, str) or not value or len(value) > 20000:
                continue
            for url in [value, *(u for u, _ in parse_srcset(value)), *_STYLE_URL.findall(value)]:
                resolved = absolute(url, base)
                if resolved:
                    found.add(resolved)
    return found


@dataclass
class Chosen:
    """What the debug hook saw of one extraction: a copy of the tree as parsed, articlekit's own
    elements' places in document order, and the containers the body was walked from."""

    pristine: etree._Element | None = None
    elements: list[etree._Element] = field(default_factory=list)  # keeps lxml's proxies alive
    order: dict[etree._Element, int] = field(default_factory=dict)
    containers: list[etree._Element] = field(default_factory=list)

    def chosen(self) -> list[etree._Element]:
        """The containers, found again in the untouched copy (outermost only); [] when the body
        was not walked from the page's own tree (script data)."""
        if self.pristine is None:
            return []
        copies = list(self.pristine.iter())
        found: list[etree._Element] = []
        for container in self.containers:
            element: etree._Element | None = container
            while element is not None and element not in self.order:
                element = element.getparent()  # an element made after parsing: its parent's place
            if element is None:
                return []
            found.append(copies[self.order[element]])
        return [c for c in found if not any(a is not c and a in found for a in c.iterancestors())]


@contextmanager
def watching() -> Iterator[Chosen]:
    """Wrap articlekit's parse and to_blocks for one extraction (a debug hook of this script)."""
    seen = Chosen()
    pipeline, body = importlib.import_module("articlekit.pipeline"), importlib.import_module("articlekit.body")
    parse, to_blocks = getattr(pipeline, "parse"), getattr(body, "to_blocks")  # noqa: B009 (patched below)

    def parse_hook(*args: object, **kwargs: object) -> etree._Element:
        root: etree._Element = parse(*args, **kwargs)
        seen.pristine = copy.deepcopy(root)
        seen.elements = list(root.iter())
        seen.order = {element: n for n, element in enumerate(seen.elements)}
        return root

    def to_blocks_hook(containers: list[etree._Element], *args: object, **kwargs: object) -> object:
        seen.containers = list(containers)
        return to_blocks(containers, *args, **kwargs)

    setattr(pipeline, "parse", parse_hook)  # noqa: B010 (a debug hook: articlekit has no public one)
    setattr(body, "to_blocks", to_blocks_hook)  # noqa: B010
    try:
        yield seen
    finally:
        setattr(pipeline, "parse", parse)  # noqa: B010
        setattr(body, "to_blocks", to_blocks)  # noqa: B010


@dataclass
class Tally:
    pages: int = 0
    errors: int = 0
    no_container: int = 0
    no_match: int = 0
    body_container: int = 0
    teasers: int = 0
    pages_with_pictures: int = 0
    pictures: int = 0
    kept_exact: int = 0
    kept_any: int = 0
    kept_name: int = 0
    run_pictures: int = 0
    run_kept_exact: int = 0
    run_kept_name: int = 0
    figures: int = 0
    outside: int = 0
    outside_on_page: int = 0
    miss_classes: Counter[str] = field(default_factory=Counter)
    outside_classes: Counter[str] = field(default_factory=Counter)

    def add(self, other: Tally) -> None:
        for name, value in vars(other).items():
            if isinstance(value, Counter):
                getattr(self, name).update(value)
            else:
                setattr(self, name, getattr(self, name) + value)


def story_elements(article: articlekit.Article, index: SourceIndex) -> list[etree._Element]:
    found: list[etree._Element] = []
    for block in article.body:
        texts = block.items if isinstance(block, articlekit.ListBlock) else (block.text,)
        if block.kind not in STORY_KINDS and block.kind != "list":
            continue
        for text in texts:
            if text.strip():
                element, _ = index.find(text)
                if element is not None:
                    found.append(element)
    return found


def run_page(page_id: str, url: str, page: bytes, tally: Tally, examples: list[str], limit: int) -> None:
    tally.pages += 1
    try:
        with watching() as seen:
            article = articlekit.extract(page, url=url or None)
    except articlekit.ArticleKitError:
        tally.errors += 1
        return
    containers = seen.chosen()
    source = article.provenance.get("body", "")
    if not containers or not (source == "heuristic" or source.startswith("site:")):
        # The body came from the page's script data or its JSON-LD articleBody, not from a container.
        tally.no_container += 1
        return
    tree = seen.pristine
    assert tree is not None
    base = page_base(tree, url)
    if any(c.tag in ("body", "html") for c in containers):
        tally.body_container += 1
    matched = [e for e in story_elements(article, SourceIndex.build(tree)) if any(c is e or c in e.iterancestors() for c in containers)]
    tally.no_match += not matched
    figures = [block for block in article.body if isinstance(block, articlekit.Figure)]
    figure_urls = {figure.src for figure in figures}
    figure_names = {file_name(figure.src) for figure in figures}
    position = {element: n for n, element in enumerate(tree.iter())}
    run_start = min((position[element] for element in matched), default=-1)
    run_end = max((position[element] + sum(1 for _ in element.iter()) - 1 for element in matched), default=-1)
    seen_addresses: set[str] = set()
    pictures = 0
    for container in containers:
        for img in container.iter("img"):
            if excluded(img):
                continue
            noscript = in_noscript(img)
            if noscript is not None:
                holder = noscript.getparent()
                if holder is not None and any(in_noscript(other) is None for other in holder.iter("img")):
                    continue
            best, origin, every = candidates(img, base)
            if best is None or best in seen_addresses:
                continue
            seen_addresses.add(best)
            if linked_away(img, container, base, url):
                tally.teasers += 1
                continue
            pictures += 1
            exact = best in figure_urls
            anywise = exact or any(u in figure_urls for u in every)
            named = anywise or any(file_name(u) in figure_names for u in every)
            tally.kept_exact += exact
            tally.kept_any += anywise
            tally.kept_name += named
            in_run = run_start <= position[img] <= run_end
            if in_run:
                tally.run_pictures += 1
                tally.run_kept_exact += exact
                tally.run_kept_name += named
            if not named:
                if not in_run:
                    why = "before the first or after the last text block"
                elif urlsplit(best).path.casefold().endswith(".svg"):
                    why = "an .svg"
                elif not figures:
                    why = "page has no figures"
                elif any("," in u for u in every if "srcset" in origin):
                    why = "srcset with commas in its URLs"
                elif noscript is not None:
                    why = "inside <noscript>"
                else:
                    why = f"address from {origin}"
                tally.miss_classes[why] += 1
                if len(examples) < limit:
                    examples.append(f"MISS    {page_id}  [{why}]  {best[:120]}")
    tally.pictures += pictures
    tally.pages_with_pictures += pictures > 0
    if figures:
        inside: set[str] = set()
        for container in containers:
            inside |= addresses(container, base)
        everywhere: set[str] | None = None
        for figure in figures:
            tally.figures += 1
            if figure.src in inside:
                continue
            tally.outside += 1
            everywhere = everywhere if everywhere is not None else addresses(tree, base)
            why = "elsewhere on the page" if figure.src in everywhere else "not written on the page"
            tally.outside_on_page += figure.src in everywhere
            tally.outside_classes[why] += 1
            if len(examples) < limit:
                examples.append(f"OUTSIDE {page_id}  [{why}]  {figure.src[:120]}")


def report(name: str, tally: Tally) -> None:
    print(
        f"{name:12} pages {tally.pages:4}  errors {tally.errors}  body not from the page's tree {tally.no_container}"
        f"  no traced block {tally.no_match}  container is <body>/<html> {tally.body_container}"
        f"  pages with pictures {tally.pages_with_pictures}  teaser-card pictures left out {tally.teasers}"
    )
    print(
        f"{'':12} pictures {tally.pictures:5}  kept: same URL {share(tally.kept_exact, tally.pictures)} (target >= 0.95)"
        f"  any candidate {share(tally.kept_any, tally.pictures)}  file name {share(tally.kept_name, tally.pictures)}"
    )
    print(
        f"{'':12} of them between the first and the last text block {tally.run_pictures:5}  kept: same URL"
        f" {share(tally.run_kept_exact, tally.run_pictures)}  file name {share(tally.run_kept_name, tally.run_pictures)}"
    )
    print(
        f"{'':12} figure blocks {tally.figures:5}  outside the container {tally.outside} (target 0;"
        f" {tally.outside_on_page} elsewhere on the page)"
    )
    if tally.miss_classes:
        print(f"{'':12} misses (no match even by name): " + ", ".join(f"{k} {v}" for k, v in tally.miss_classes.most_common()))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("corpus", nargs="?", help="corpus root or one corpus dir (default ../shared/corpus)")
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each corpus")
    parser.add_argument("--examples", type=int, default=20, help="misses/outside figures to list per corpus")
    args = parser.parse_args(argv)
    overall = Tally()
    for name, directory in corpus_dirs([args.corpus] if args.corpus else []):
        tally = Tally()
        examples: list[str] = []
        for page_id, url, page in pages(directory, args.limit):
            run_page(page_id, url, page, tally, examples, args.examples)
        report(name, tally)
        for line in examples:
            print("    " + line)
        overall.add(tally)
    report("overall", overall)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
