"""The compiled walk (``sources/_cwalk.pyx``) gives the same index as the Python walk.

The compiled walk decides on libxml2's bytes what the Python walk decides on strings (is a
text blank, could it be a date or a byline). These tests hold it to the Python walk on every
fixture page, on generated pages built around those decisions' edges, and on the corpus.
"""

from __future__ import annotations

import gzip
import os
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articlekit.dom.decode import decode
from articlekit.dom.parse import parse
from articlekit.dom.tree import Element, strip_code
from articlekit.sources import index as index_module
from articlekit.sources.index import PageIndex

try:
    from articlekit.sources._cwalk import classify as compiled_classify
    from articlekit.sources._cwalk import walk as compiled_walk
except ImportError:  # a pure-Python install: nothing to compare
    compiled_walk = None

if compiled_walk is None:
    if os.environ.get("CI") == "true":
        pytest.fail("the compiled walk was not built; CI installs with a C compiler", allow_module_level=True)
    pytest.skip("articlekit was installed without its compiled walk", allow_module_level=True)

REPO = Path(__file__).resolve().parents[2]


def both_walks(root: Element) -> tuple[dict[str, Any], dict[str, Any]]:
    python_index = PageIndex(root)
    python_index._walk()
    c_index = PageIndex(root)
    assert compiled_walk is not None
    compiled_walk(c_index)
    # Both indexes hold every element's proxy, so an element is the same object in both.
    return snapshot(python_index), snapshot(c_index)


def snapshot(index: PageIndex) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for field in attrs.fields(PageIndex):
        value = getattr(index, field.name)
        if isinstance(value, dict):
            value = list(value.items())
        values[field.name] = value
    return values


def tree_of(page: str | bytes) -> Element:
    decoded = decode(page)
    root = parse(decoded.text, decoded.utf8)
    strip_code(root)
    return root


def assert_same_index(page: str | bytes) -> None:
    python_walk, c_walk = both_walks(tree_of(page))
    for name, value in python_walk.items():
        assert c_walk[name] == value, f"{name} differs"


def test_the_unicode_facts_the_compiled_walk_holds_are_pythons() -> None:
    from articlekit.sources import _cwalk

    beyond_ascii = [chr(c) for c in range(128, 0x110000)]
    assert set(_cwalk.WIDE_SPACES) == {ord(c) for c in beyond_ascii if c.isspace()}
    assert set(_cwalk.LOWERING_TO_ASCII) == {ord(c) for c in beyond_ascii if c.lower()[0].isascii()}


def test_the_pipeline_uses_the_compiled_walk() -> None:
    assert index_module._compiled_walk is compiled_walk


FIXTURE_PAGES = sorted(REPO.glob("tests/fixtures/*/page.html")) + sorted(
    REPO.glob("src/articlekit/sites/builtin/*/fixture.html")
)


@pytest.mark.parametrize("path", FIXTURE_PAGES, ids=lambda p: p.parent.name)
def test_same_index_on_fixture_pages(path: Path) -> None:
    assert_same_index(path.read_bytes())


# Pieces of pages around each byte-level decision: blank texts in every kind of whitespace
# Python knows (\x1c, NBSP, ideographic space), dates with ASCII and other digits, the openings
# of bylines and date labels (and the Kelvin sign, which lower-cases to an ASCII letter), the
# classes and attributes the index files, and several text nodes in a row (CDATA, comments).
PIECES = [
    "<div>", "</div>", "<span>", "</span>", "<td>", "<p>", "</p>", "<section>", "<h1>", "</h1>",
    "<time>", "<time datetime='2024-05-03'>", "</time>", "<a href='/author/ana'>", "<a rel=author>",
    "<a href='/reviews'>", "</a>", "<button>", "<meta itemprop=name content=x>", "<b>", "</b>",
    "<div class=byline>", "<div class='post-date'>", "<div class='hidden'>", "<div id=meta>",
    "<span style='color:red'>", "<span hidden>", "<span itemprop=author>", "<br>", "<!-- c -->",
    "<![CDATA[x]]>", "<script>var a = 1;</script>", "<style>p{}</style>", "<noscript>By</noscript>",
    " ", "\n  ", "\t", "\x1c", "\xa0", "\u3000", "\u2028", "&nbsp;",
    "By", "by:", "By ", "Written by Ana Lima", "Posted by", "Autor:", "von", "AUTHOR",
    "Published: 12 May 2024", "Updated", "Stand: 03.05.2024", "\u212aelvin", "\u0130stanbul",
    "May 3, 2024", "2024", "12024", "20\u0662\u0664", "\u0662019", "1999-01-01", "19", "20",
    "Officials said on Monday that the plan would go ahead.", "Über „Zitat“ – 5 €", "ä", "x" * 45,
]
pieces = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces)
def test_same_index_on_generated_pages(body: str) -> None:
    assert_same_index(f"<html><head><title>T</title></head><body>{body}</body></html>")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_same_index_on_arbitrary_text(text: str) -> None:
    assert_same_index(f"<html><body><div><span>{text}</span> {text}</div></body></html>")


# Class values around the classification's edges: hint words in any letter case and inside
# other words, hiding classes beside responsive ones, every kind of whitespace between words.
CLASS_WORDS = [
    "hidden", "Hidden", "d-none", "hide", "is-hidden", "sr-only", "visually-hidden", "md:block",
    "d-lg-flex", "d-md-", "visible-xs", "x:y", "post-date", "DATE", "datum", "dat", "Author",
    "bylined", "breadcrumbs", "fecha", "tarih", "publish", "posted", "timestamp", "meta", "INFO",
    "article", "body", "a", "b", "\t", "\n", " ", "\x1c", "\xa0", "é", "",
]
class_values = st.lists(st.sampled_from(CLASS_WORDS), max_size=8).map(" ".join) | st.text(max_size=30)


@settings(max_examples=500, deadline=None)
@given(class_values)
def test_compiled_classification_matches_the_python_one(value: str) -> None:
    compiled = compiled_classify(value)
    if value.isascii() and "\x00" not in value:
        assert compiled == index_module._classify(value)
    else:
        assert compiled is None  # the walk hands the value to index._classify


def test_same_index_on_every_corpus_page(corpus_root: Path) -> None:
    pages = sorted(corpus_root.glob("*/pages/*.gz"))
    assert pages
    differing = []
    for path in pages:
        python_walk, c_walk = both_walks(tree_of(gzip.decompress(path.read_bytes())))
        if python_walk != c_walk:
            differing.append(f"{path.parent.parent.name}/{path.name}")
    assert not differing, f"the walks differ on {len(differing)} pages: {differing[:5]}"


@pytest.mark.parametrize(
    "label",
    ["By", "Autor:", "publié par", "Contributors", "Author(s)", "Übersicht", "By the way"],
)
def test_same_index_for_a_label_with_indentation_after_it(label: str) -> None:
    # The label is measured without the spaces after it, on bytes in C and on the string in Python.
    assert_same_index(f"<html><body><p>{label}{' ' * 20}\n\t<a href='/a'>Ana Lima</a></p><p>{label}   </p></body></html>")
