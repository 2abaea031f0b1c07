"""Each built-in rule against the real pages of its site in the shared corpus: with the rule,
the corpus's own ``score.py`` figures must be at least the generic extractor's on those pages.

The corpus lives in ``../shared/corpus`` (or ``$ARTICLEKIT_CORPUS_ROOT``); without it this module
is skipped, and with ``CI=true`` its absence is a failure (as in ``tests/test_corpus_quality.py``).
Run with ``-s`` to see the per-site figures.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import lxml.html
import pytest

import articlekit
from articlekit import Options
from articlekit.sites import DEFAULT_REGISTRY, SiteRule, host_of

REPO = Path(__file__).resolve().parents[2]
CORPORA = ("fundus", "scrapinghub", "wcxb")
# Shingle F1 moves a little with any change of whitespace or block order: below this a drop is noise.
TOLERANCE = 0.005




def _pages(rule: SiteRule, corpus_root: Path) -> Iterator[tuple[dict[str, Any], bytes]]:
    """The corpus pages this rule serves: by domain, or (template rules) by detection."""
    for corpus in CORPORA:
        directory = corpus_root / corpus
        with open(directory / "truth.jsonl", encoding="utf-8") as lines:
            truths = [json.loads(line) for line in lines]
        for truth in truths:
            by_host = DEFAULT_REGISTRY.for_host(host_of(truth.get("url")))
            if by_host is not None and by_host.name != rule.name:
                continue
            if by_host is None and not rule.detect.enabled:
                continue
            html = gzip.decompress((directory / "pages" / f"{truth['id']}.html.gz").read_bytes())
            if by_host is None and DEFAULT_REGISTRY.lookup(None, lxml.html.document_fromstring(html)) is not rule:
                continue
            yield truth, html


def _figures(score: ModuleType, pages: list[tuple[dict[str, Any], bytes]], options: Options) -> dict[str, float]:
    counts, head, authors, day = [], [], [], []
    for truth, html in pages:
        pred = json.loads(articlekit.serialize(articlekit.extract(html, url=truth.get("url"), options=options)))
        if "body" in truth:
            counts.append(score.body_counts(truth["body"], score.body_text(pred)))
        if truth.get("headline"):
            head.append(score.fold(truth["headline"]) == score.fold(pred.get("headline")))
        if truth.get("authors"):
            authors.append({score.fold(a) for a in truth["authors"]} == {score.fold(a) for a in pred.get("authors") or []})
        if truth.get("published"):
            day.append(score.same_day(truth["published"], pred.get("published")))
    figures = {"body.f1": score.prf(counts)[2]} if counts else {}
    for name, values in (("headline", head), ("authors.exact_set", authors), ("published.same_day", day)):
        if values:
            figures[name] = sum(values) / len(values)
    return figures


@pytest.mark.parametrize("name", sorted(r.name for r in DEFAULT_REGISTRY.rules()))
def test_rule_on_real_pages_is_no_worse_than_generic(name: str, corpus_root: Path, corpus_scorer: ModuleType) -> None:
    rule = DEFAULT_REGISTRY.get(name)
    assert rule is not None
    pages = list(_pages(rule, corpus_root))
    assert pages, f"{name}: no page of the corpus is served by this rule; its selectors cannot be checked"
    score = corpus_scorer
    generic = _figures(score, pages, Options(site_extractors=False))
    site = _figures(score, pages, Options())
    print(f"\n{name} ({len(pages)} pages): " + ", ".join(f"{k} {generic[k]:.3f} -> {site[k]:.3f}" for k in site))
    worse = {k: (round(generic[k], 3), round(site[k], 3)) for k in site if site[k] < generic[k] - TOLERANCE}
    assert not worse, f"{name}: the rule does worse than the generic extractor on real pages (generic, rule): {worse}"
