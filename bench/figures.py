"""Figure fidelity of articlekit's Figure blocks, judged against the page itself (issue 25).

    python bench/figures.py [CORPUS_ROOT_OR_DIR] [--limit N] [--examples N]

CORPUS_ROOT_OR_DIR defaults to ``../shared/corpus`` (all of wcxb, fundus, scrapinghub); a single
corpus directory (holding ``truth.jsonl`` and ``pages/``) runs that one only.

How: each page is extracted with ``articlekit.extract(page, url=truth url)`` and parsed on its
own with lxml. Each output Paragraph, Heading, Quote and list item is traced to its source
element as ``bench/links.py`` does (``bench/source_match.py``); the *story container* is the
smallest element holding every matched source element (their lowest common ancestor). Pages with
no matched block are skipped (counted).

The *story's pictures* are the ``<img>`` inside the container, less:
- images whose ``width`` or ``height`` attribute is below 60 (icons, pixels, spacers);
- images with a class word (class split at spaces, ``-`` and ``_``) emoji, icon, avatar or logo;
- images with no address but ``data:`` URIs;
- an ``<img>`` inside ``<noscript>`` when the noscript's parent holds another ``<img>`` outside it
  (the script-less copy of a lazy image); a noscript image with no such twin counts.
Each picture's address is resolved here, independently of articlekit, as a browser that ran the
page's lazy loader would: the largest candidate of ``srcset`` / ``data-srcset`` (or of an
enclosing ``<picture>``'s ``<source>``), else ``data-src`` / ``data-lazy-src`` /
``data-original`` / ``data-lazyload`` / ``data-hi-res-src``, else ``src``; made absolute against
the page URL and its ``<base href>``. Pictures with the same address count once.

Reported per corpus and overall (each share also for the pictures that stand, in document order,
between the story's first and last matched text block, since the container often also holds
teasers, "related" cards and newsletter boxes after the story; and of those, for the pictures
neither inside a link to another page, a teaser card, nor an ``.svg``, spinners and widget art,
which a reader would not call the story's pictures either):
- **kept**: the share of pictures with a Figure block of the same absolute URL (target >= 0.95);
  also the share matched by any of the picture's candidate addresses, and by file name alone
  (the last path segment; srcset choices differ in size, not in name).
- **outside**: Figure blocks whose URL is not among the addresses of any element inside the
  container (every attribute read as a URL or srcset, plus ``url(...)`` in style), with whether
  it is elsewhere on the page. Target 0.
- the misses by class (where the picture's address came from, in ``<noscript>``, pages that got
  no figures at all) and the first examples with page id.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent / "src"))

import articlekit  # noqa: E402
from lxml import etree  # noqa: E402
from source_match import SourceIndex, absolute, corpus_dirs, page_base, pages, parse  # noqa: E402

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


def lowest_common_ancestor(elements: list[etree._Element]) -> etree._Element:
    chain = [elements[0], *elements[0].iterancestors()]
    depth_of = {id(e): i for i, e in enumerate(chain)}
    lowest = 0
    for element in elements[1:]:
        for candidate in (element, *element.iterancestors()):
            if id(candidate) in depth_of:
                lowest = max(lowest, depth_of[id(candidate)])
                break
    return chain[lowest]


@dataclass
class Tally:
    pages: int = 0
    errors: int = 0
    no_match: int = 0
    body_container: int = 0
    pages_with_pictures: int = 0
    pictures: int = 0
    kept_exact: int = 0
    kept_any: int = 0
    kept_name: int = 0
    run_pictures: int = 0
    run_kept_exact: int = 0
    run_kept_name: int = 0
    plain_pictures: int = 0
    plain_kept_exact: int = 0
    plain_kept_name: int = 0
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
        article = articlekit.extract(page, url=url or None)
    except articlekit.ArticleKitError:
        tally.errors += 1
        return
    tree = parse(page)
    base = page_base(tree, url)
    matched = story_elements(article, SourceIndex.build(tree))
    if not matched:
        tally.no_match += 1
        return
    container = lowest_common_ancestor(matched)
    if container.tag in ("body", "html"):
        tally.body_container += 1
    figures = [block for block in article.body if isinstance(block, articlekit.Figure)]
    figure_urls = {figure.src for figure in figures}
    figure_names = {file_name(figure.src) for figure in figures}
    position = {element: n for n, element in enumerate(container.iter())}
    run_start = min(position[element] for element in matched)
    run_end = max(position[element] + sum(1 for _ in element.iter()) - 1 for element in matched)
    seen: set[str] = set()
    pictures = 0
    for img in container.iter("img"):
        if excluded(img):
            continue
        noscript = in_noscript(img)
        if noscript is not None:
            holder = noscript.getparent()
            if holder is not None and any(in_noscript(other) is None for other in holder.iter("img")):
                continue
        best, origin, every = candidates(img, base)
        if best is None or best in seen:
            continue
        seen.add(best)
        pictures += 1
        exact = best in figure_urls
        anywise = exact or any(u in figure_urls for u in every)
        named = anywise or any(file_name(u) in figure_names for u in every)
        tally.kept_exact += exact
        tally.kept_any += anywise
        tally.kept_name += named
        in_run = run_start <= position[img] <= run_end
        teaser = linked_away(img, container, base, url)
        svg = urlsplit(best).path.casefold().endswith(".svg")
        if in_run:
            tally.run_pictures += 1
            tally.run_kept_exact += exact
            tally.run_kept_name += named
            if not teaser and not svg:
                tally.plain_pictures += 1
                tally.plain_kept_exact += exact
                tally.plain_kept_name += named
        if not named:
            if not in_run:
                why = "before the first or after the last text block"
            elif teaser:
                why = "inside a link to another page (teaser card)"
            elif svg:
                why = "an .svg (spinner, widget art)"
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
        inside = addresses(container, base)
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


def share(part: int, whole: int) -> str:
    return f"{part / whole:.4f}" if whole else "-"


def report(name: str, tally: Tally) -> None:
    print(
        f"{name:12} pages {tally.pages:4}  errors {tally.errors}  no matched block {tally.no_match}"
        f"  container is <body>/<html> {tally.body_container}  pages with pictures {tally.pages_with_pictures}"
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
        f"{'':12} of these, not in a link to another page nor .svg {tally.plain_pictures:5}  kept: same URL"
        f" {share(tally.plain_kept_exact, tally.plain_pictures)}  file name {share(tally.plain_kept_name, tally.plain_pictures)}"
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
