"""Every string that leaves the library is valid Unicode text without control characters,
whatever field or source it came from: the Article's classes clean what enters them."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from datetime import datetime

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import articlekit
from articlekit import Article, Caption, Heading, ListBlock, Paragraph, Quote, Table, from_json
from articlekit.model import valid_text
from articlekit.serialize import SERIALIZERS

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

DIRT = "\ud800\x00\x01\x07\x1b\x7f\x80\x9b\ufffe\uffff\U0001fffe\ufdd0\udfff"
"""A lone surrogate of each half, C0, DEL, C1 controls and noncharacters."""
BREAKS = "\r\n\r\x0b\x0c\x1c\x85\u2028\u2029\t"
"""Line breaks of every kind, and a tab."""

STORY = "The council voted to keep the harbour ferry running through the winter months. " * 4


def is_odd(char: str, lines: bool) -> bool:
    """Whether ``char`` may not appear in output text (``lines``: in text that keeps line breaks)."""
    if lines and char in "\n\t":
        return False
    code = ord(char)
    noncharacter = 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE
    return unicodedata.category(char) in ("Cc", "Cs") or noncharacter or char in "\u2028\u2029"


def strings(value: object, lines: bool = False) -> Iterator[tuple[str, bool]]:
    """Every string in JSON data, with whether it is text that keeps line breaks."""
    if isinstance(value, str):
        yield value, lines
    elif isinstance(value, list):
        for item in value:
            yield from strings(item, lines)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key, False
            yield from strings(item, lines or key in ("description", "text"))


def assert_clean_json(article: Article) -> None:
    data = json.loads(articlekit.serialize(article, "json"))
    for text, lines in strings(data):
        assert not [c for c in text if is_odd(c, lines)], (text, lines)


def assert_every_format_writes(article: Article) -> None:
    for name in SERIALIZERS:
        output = articlekit.serialize(article, name)
        output.encode("utf-8")
        assert not [c for c in output if is_odd(c, lines=True)], name


def page(jsonld: str, body: str = STORY) -> str:
    return (
        f'<html><head><script type="application/ld+json">{jsonld}</script></head>'
        f"<body><article><h1>Ferry stays</h1><p>{body}</p></article></body></html>"
    )


# ---------------------------------------------------------------- from pages


def test_jsonld_image_and_main_entity_with_lone_surrogates_and_controls() -> None:
    jsonld = json.dumps({
        "@type": "NewsArticle",
        "headline": "Ferry\u0007 stays\ud800",
        "image": "https://news.example/ferry\ud800\u0001.jpg",
        "mainEntityOfPage": {"@id": "https://news.example/ferry\udfff\u0085"},
        "author": {"@type": "Person", "name": "Ana\u0000 Lima\ud83d"},
        "keywords": ["ferry\u009b", "harbour\ufffe"],
        "articleSection": "Local\u001b",
    })
    article = articlekit.extract(page(jsonld), url="https://news.example/ferry\udc80\x00")
    assert article.image == "https://news.example/ferry\ufffd.jpg"
    assert article.canonical_url == "https://news.example/ferry\ufffd"  # and stripped by the pipeline
    assert article.url == "https://news.example/ferry\ufffd"
    assert [name[:8] for name in article.authors] == ["Ana Lima"]
    assert_clean_json(article)
    assert_every_format_writes(article)


def test_controls_in_the_page_text_and_a_declared_body() -> None:
    body = "The council&#1; voted&#x7f; to keep&#128; it" + "\x02 running. " * 20
    jsonld = json.dumps({"@type": "NewsArticle", "articleBody": "Body\u0000 text\ud800 here. " * 30})
    for html in (page("{}", body), page(jsonld, "")):
        article = articlekit.extract(html)
        assert article.body
        assert_clean_json(article)
        assert_every_format_writes(article)


# ---------------------------------------------------------------- built directly


def dirty_article(dirt: str) -> Article:
    return Article(
        headline=f"Ferry{dirt}stays",
        section=dirt,
        byline=f"By Ana{dirt}",
        authors=(f"Ana{dirt}Lima", dirt),
        published=datetime(2025, 1, 14, 9, 15),
        body=(
            Paragraph(f"One{dirt}\ntwo"),
            Heading(f"Why{dirt}", 3),
            ListBlock((f"a{dirt}", "b"), ordered=True),
            Quote(dirt),
            Caption(f"cap{dirt}"),
            Table(((f"x{dirt}", "y"), (dirt,))),
        ),
        url=f"https://news.example/{dirt}",
        canonical_url=dirt,
        site_name=dirt,
        language=f"en{dirt}",
        description=f"Desc{dirt}",
        image=f"https://news.example/{dirt}.jpg",
        tags=(dirt, "ferry"),
        provenance={f"headline{dirt}": f"jsonld{dirt}", "url": "input"},
        not_article_reason=f"reason{dirt}",
    )


@pytest.mark.parametrize("dirt", [DIRT, BREAKS, DIRT + BREAKS])
def test_every_field_of_an_article_is_cleaned(dirt: str) -> None:
    article = dirty_article(dirt)
    assert_clean_json(article)
    assert_every_format_writes(article)
    assert from_json(articlekit.serialize(article, "json")) == article


def test_one_line_fields_get_spaces_and_block_text_keeps_its_lines() -> None:
    article = dirty_article("\r\n")
    assert article.headline == "Ferry stays" and article.url == "https://news.example/ "
    assert article.body[0].text == "One\n\ntwo"
    assert article.body[2].items == ("a ", "b")  # type: ignore[union-attr]
    assert article.body[5].rows == (("x ", "y"), (" ",))  # type: ignore[union-attr]
    assert dict(article.provenance) == {"headline ": "jsonld ", "url": "input"}


def test_evolve_cleans_too() -> None:
    assert attrs.evolve(Article(), headline="a\x00b\ud800").headline == "ab\ufffd"


def test_provenance_keys_that_become_equal_stay_one_key() -> None:
    provenance = Article(provenance={"url\x00": "x", "url": "input"}).provenance
    assert len(provenance) == 1 and list(provenance) == ["url"]


def test_from_json_of_a_version_1_document_cleans_its_strings() -> None:
    text = (
        '{"schema_version": 1, "headline": "Ferry\\u0000 stays\\ud800", "authors": ["Ana\\u0007"],'
        ' "image": "https://news.example/a\\udfff.jpg", "provenance": {"headline\\u0001": "jsonld"},'
        ' "body": [{"type": "paragraph", "text": "One\\r\\ntwo\\u0085"},'
        ' {"type": "table", "text": "", "rows": [["a\\u0000"]]}]}'
    )
    article = from_json(text)
    assert article.headline == "Ferry stays\ufffd" and article.authors == ("Ana",)
    assert article.image == "https://news.example/a\ufffd.jpg"
    assert dict(article.provenance) == {"headline": "jsonld"}
    assert article.body == (Paragraph("One\ntwo\n"), Table((("a",),)))
    assert_every_format_writes(article)


# ---------------------------------------------------------------- valid_text


@pytest.mark.parametrize(
    ("text", "lines", "expected"),
    [
        ("plain text, “quoted” — ok", False, "plain text, “quoted” — ok"),
        ("a\ud83d\ude00b", False, "a\U0001f600b"),  # a surrogate pair is the character it encodes
        ("a\ud83db", False, "a\ufffdb"),
        ("a\r\nb\rc", False, "a b c"),
        ("a\r\nb\rc", True, "a\nb\nc"),
        ("a\tb\x1fc", False, "a b c"),
        ("a\tb\x1fc", True, "a\tb c"),
        ("\x00\x08\x0e\x1b\x7f\x80\x9f", True, ""),
        ("\U0010fffe\ufdef\U0001f600", False, "\ufffd\ufffd\U0001f600"),
    ],
)
def test_valid_text(text: str, lines: bool, expected: str) -> None:
    assert valid_text(text, lines) == expected


@SETTINGS
@given(st.text(), st.booleans())
def test_valid_text_is_clean_and_idempotent(text: str, lines: bool) -> None:
    clean = valid_text(text, lines)
    assert not [c for c in clean if is_odd(c, lines)]
    assert valid_text(clean, lines) == clean
    clean.encode("utf-8")


@SETTINGS
@given(st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp", "Cn"))))
def test_text_that_is_clean_is_kept_as_it_is(text: str) -> None:
    assert valid_text(text) == text


# ---------------------------------------------------------------- any text in any field

anything = st.text(st.one_of(st.characters(), st.sampled_from(DIRT + BREAKS)), max_size=20)
blocks = st.one_of(
    st.builds(Paragraph, anything),
    st.builds(Heading, anything, st.integers(1, 6)),
    st.builds(Quote, anything),
    st.builds(Caption, anything),
    st.builds(ListBlock, st.lists(anything, max_size=3), st.booleans()),
    st.builds(Table, st.lists(st.lists(anything, min_size=1, max_size=3), min_size=1, max_size=2)),
)
articles = st.builds(
    Article,
    headline=st.none() | anything,
    section=st.none() | anything,
    byline=st.none() | anything,
    authors=st.lists(anything, max_size=2).map(tuple),
    body=st.lists(blocks, max_size=3).map(tuple),
    url=st.none() | anything,
    canonical_url=st.none() | anything,
    site_name=st.none() | anything,
    language=st.none() | anything,
    description=st.none() | anything,
    image=st.none() | anything,
    tags=st.lists(anything, max_size=2).map(tuple),
    provenance=st.dictionaries(anything, anything, max_size=2),
    not_article_reason=st.none() | anything,
)


@SETTINGS
@given(articles)
def test_any_article_writes_valid_text_in_every_format(article: Article) -> None:
    assert_clean_json(article)
    assert_every_format_writes(article)
    assert from_json(articlekit.serialize(article, "json")) == article
