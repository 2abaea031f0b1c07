"""The JSON contract: the schema describes what ``to_json`` really writes (checked with format
checking on), it cannot drift from the model, and ``from_json`` refuses what it does not read."""

from __future__ import annotations

import json
import typing
from datetime import date, datetime, timedelta, timezone
from importlib.resources import files
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest

import articlekit
from articlekit import (
    Article, Caption, Embed, Figure, Heading, ListBlock, Paragraph, Quote, SerializationError, Span, Standfirst, Table,
    from_json,
)
from articlekit.model import SPAN_KINDS, Block
from articlekit.serialize import article_to_dict
from articlekit.serialize.json import (
    ARTICLE_KEYS, BLOCK_KEYS, OPTIONAL_BLOCK_KEYS, READABLE_VERSIONS, SCHEMA_VERSION, SPAN_KEYS,
)

SCHEMA = json.loads(files("articlekit.serialize").joinpath("schema.json").read_text(encoding="utf-8"))
FORMATS = jsonschema.Draft202012Validator.FORMAT_CHECKER
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=FORMATS)
REPO = Path(__file__).resolve().parent.parent
PAGES = sorted((REPO / "tests" / "fixtures").glob("*/page.html")) + [REPO / "examples" / "news-page.html"]

EAST = timezone(timedelta(hours=5, minutes=30))
BODY = (
    Paragraph("One.\nTwo."), Heading("Why", 3), ListBlock(("a", "b"), ordered=True), Quote("Said."),
    Table((("Team", "Points"), ("Lions", "12")), header=True), Table((("Lions", "12"),)), Caption("The pier."),
    Standfirst("Fares rise by a fifth.", spans=(Span(0, 5, "strong"),)),
    Paragraph(
        "Read the council's report on the pier.",
        spans=(Span(9, 31, "link", "https://council.example/reports/pier-2025.pdf"), Span(13, 22, "emphasis"), Span(32, 37, "code")),
    ),
    Heading("What the mayor said", 2, spans=(Span(9, 14, "link", "https://news.example/people/ana-lima"),)),
    Quote("We will rebuild it.", spans=(Span(3, 7, "strong"),)),
    Caption("The new pier at dawn.", spans=(Span(4, 7, "emphasis"),)),
    ListBlock(("See the report", "Write to us"), spans=(Span(8, 14, "link", "https://council.example/r"), Span(15, 20, "strong"))),
    Table((("Line", "Timetable"), ("Valley", "valley.pdf | map")), header=True,
          spans=(Span(26, 36, "link", "https://rail.example/valley.pdf"), Span(39, 42, "emphasis"))),
    Figure("https://cdn.news.example/img/pier-1600.jpg", alt="The pier at dawn", caption="The new pier at dawn.",
           credit="Photo: Ana Lima", width=1600, height=900),
    Figure("https://cdn.news.example/img/ferry.jpg"),
    Embed("https://twitter.com/harbourcouncil/status/1780000000000000000", "twitter", "The pier opens on Friday at 9am."),
    Embed("https://www.youtube.com/embed/dQw4w9WgXcQ", "youtube"),
)


def validate(data: Any) -> None:
    """Validate with the formats asserted (``date``, ``date-time``), as a strict consumer does."""
    VALIDATOR.validate(data)


def json_of(article: Article) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(articlekit.serialize(article, "json"))
    return data


# ---------------------------------------------------------------- the schema, with formats


def test_the_date_time_format_is_really_checked() -> None:
    # Without rfc3339-validator installed, jsonschema passes every "date-time" without a word.
    assert {"date", "date-time"} <= set(FORMATS.checkers)
    assert not FORMATS.conforms("2024-03-01T10:00:00", "date-time")  # RFC 3339 needs an offset
    assert FORMATS.conforms("2024-03-01T10:00:00+01:00", "date-time")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.parent.name if p.name == "page.html" else p.name)
def test_json_of_every_fixture_page_is_valid_with_formats_checked(page: Path) -> None:
    validate(json_of(articlekit.extract(page.read_bytes())))


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (datetime(2024, 3, 1, 10, 0, tzinfo=EAST), "2024-03-01T10:00:00+05:30"),
        (datetime(2024, 3, 1, 10, 0, tzinfo=timezone.utc), "2024-03-01T10:00:00+00:00"),
        (datetime(2024, 3, 1, 10, 0, 5, 250000, tzinfo=timezone(-timedelta(hours=4))), "2024-03-01T10:00:05.250000-04:00"),
        (datetime(2024, 3, 1, 10, 0), "2024-03-01T10:00:00"),  # local time, zone not given by the page
        (datetime(2024, 2, 29, 23, 59, 59, 1), "2024-02-29T23:59:59.000001"),
        (date(2024, 3, 1), "2024-03-01"),
        (None, None),
    ],
)
def test_every_shape_of_date_we_write_is_valid(value: datetime | date | None, written: str | None) -> None:
    data = json_of(Article(headline="Rates held", published=value, modified=value, body=BODY))
    assert data["published"] == data["modified"] == written
    validate(data)


@pytest.mark.parametrize(
    "value",
    [
        "2024-03-01T10:00:00Z",  # not what we write: our offsets are +00:00
        "2024-03-01 10:00:00",
        "2024-03-01T10:00",
        "2024-02-30",
        "2024-13-01T10:00:00",
        "2024-03-01T24:00:00+01:00",
        "2024-03-01T10:00:00+1:00",
        "March 1, 2024",
        "",
        20240301,
    ],
)
def test_the_schema_refuses_dates_we_never_write(value: object) -> None:
    data = json_of(Article(headline="Rates held", body=BODY))
    data["published"] = value
    with pytest.raises(jsonschema.ValidationError):
        validate(data)


def test_an_invalid_calendar_day_fails_only_with_formats_checked() -> None:
    # The pattern cannot know February's length; the "date" format can.
    data = json_of(Article(body=BODY))
    data["published"] = "2023-02-29"
    jsonschema.validate(data, SCHEMA)  # formats as annotations only: passes
    with pytest.raises(jsonschema.ValidationError):
        validate(data)


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["body"].append({"type": "paragraph", "text": "x", "level": 2}),
        lambda d: d["body"].append({"type": "table", "text": "x", "rows": [["x"]]}),  # no "header"
        lambda d: d["body"].append({"type": "table", "text": "x", "rows": [["x"]], "header": "yes"}),
        lambda d: d["body"].append({"type": "list", "text": "x", "items": ["x"], "ordered": False, "start": 3}),
        lambda d: d["body"].append({"type": "video", "text": "x"}),
        lambda d: d["body"].append({"type": "paragraph", "text": "x", "spans": []}),  # written only when some
        lambda d: d["body"].append({"type": "paragraph", "text": "x", "spans": [{"start": 0, "end": 1, "kind": "italic"}]}),
        lambda d: d["body"].append({"type": "paragraph", "text": "x", "spans": [{"start": 0, "end": 1, "kind": "link", "url": "/a"}]}),
        lambda d: d["body"].append({"type": "embed", "text": "x", "url": "https://x.example/v", "provider": "x", "spans": [{"start": 0, "end": 1, "kind": "code"}]}),
        lambda d: d["body"].append({"type": "figure", "text": "x", "src": "/a.jpg", "alt": "", "caption": "", "credit": "", "width": None, "height": None}),
        lambda d: d["body"].append({"type": "figure", "text": "", "src": "/a.jpg"}),  # every key is written
        lambda d: d["body"].append({"type": "embed", "text": "", "url": "https://x.example/v", "provider": "x", "src": "/a"}),
        lambda d: d.update(input="page.html"),
        lambda d: d.update(schema_version=1),
    ],
)
def test_the_schema_refuses_keys_and_values_we_never_write(change: Any) -> None:
    data = json_of(Article(body=BODY))
    validate(data)
    change(data)
    with pytest.raises(jsonschema.ValidationError):
        validate(data)


# ---------------------------------------------------------------- no drift between model and schema


def _block_classes() -> dict[str, type]:
    return {cls.kind: cls for cls in typing.get_args(Block)}


def test_every_article_field_is_in_the_schema_and_every_schema_key_is_written() -> None:
    fields = {field.name for field in attrs.fields(Article)}
    written = set(article_to_dict(Article()))
    properties = set(SCHEMA["properties"])
    # is_article is a property of the model, written for readers; schema_version is the contract's.
    assert written == properties == fields | {"schema_version", "is_article"} == ARTICLE_KEYS
    assert set(SCHEMA["required"]) == properties
    assert list(article_to_dict(Article())) == list(SCHEMA["properties"])  # the documented order
    assert SCHEMA["properties"]["schema_version"] == {"const": SCHEMA_VERSION}
    assert SCHEMA["additionalProperties"] is False


def test_every_block_class_and_field_is_in_the_schema_and_nothing_else() -> None:
    block = SCHEMA["$defs"]["block"]
    classes = _block_classes()
    assert set(block["properties"]["type"]["enum"]) == set(classes) == set(BLOCK_KEYS)
    assert block["additionalProperties"] is False
    allowed = {rule["if"]["properties"]["type"]["const"]: rule["then"] for rule in block["allOf"]}
    assert set(allowed) == set(classes)
    for kind, cls in classes.items():
        keys = {"type", "text"} | {field.name for field in attrs.fields(cls)}
        assert set(allowed[kind]["propertyNames"]["enum"]) == keys == BLOCK_KEYS[kind], kind
        # Every key is written, but "spans", written only when the block has some.
        assert set(allowed[kind].get("required", ())) | {"type", "text"} == keys - OPTIONAL_BLOCK_KEYS, kind
    assert set(block["properties"]) == set().union(*BLOCK_KEYS.values())


def test_every_span_field_is_in_the_schema_and_nothing_else() -> None:
    span = SCHEMA["$defs"]["span"]
    fields = {field.name for field in attrs.fields(Span)}
    assert set(span["properties"]) == fields == SPAN_KEYS
    assert set(span["required"]) == fields - {"href"}  # href: a link's, written when there is one
    assert span["additionalProperties"] is False
    assert set(span["properties"]["kind"]["enum"]) == SPAN_KINDS
    spanned = {cls.kind for cls in typing.get_args(Block) if "spans" in attrs.fields_dict(cls)}
    assert spanned == {kind for kind, keys in BLOCK_KEYS.items() if "spans" in keys}
    assert SCHEMA["$defs"]["block"]["properties"]["spans"]["items"] == {"$ref": "#/$defs/span"}


def test_spans_are_written_only_when_a_block_has_some() -> None:
    data = json_of(Article(body=BODY))
    assert [b.get("spans") for b in data["body"][:2]] == [None, None]
    assert data["body"][8]["spans"] == [
        {"start": 9, "end": 31, "kind": "link", "href": "https://council.example/reports/pier-2025.pdf"},
        {"start": 13, "end": 22, "kind": "emphasis"},
        {"start": 32, "end": 37, "kind": "code"},
    ]
    assert data["body"][12]["spans"] == [
        {"start": 8, "end": 14, "kind": "link", "href": "https://council.example/r"}, {"start": 15, "end": 20, "kind": "strong"},
    ]
    assert data["body"][13]["spans"][0] == {"start": 26, "end": 36, "kind": "link", "href": "https://rail.example/valley.pdf"}
    figure = data["body"][14]
    assert figure == {
        "type": "figure", "text": "", "src": "https://cdn.news.example/img/pier-1600.jpg", "alt": "The pier at dawn",
        "caption": "The new pier at dawn.", "credit": "Photo: Ana Lima", "width": 1600, "height": 900,
    }
    assert data["body"][15]["width"] is None and data["body"][15]["height"] is None
    assert data["body"][16] == {
        "type": "embed", "text": "The pier opens on Friday at 9am.",
        "url": "https://twitter.com/harbourcouncil/status/1780000000000000000", "provider": "twitter",
    }


@pytest.mark.parametrize(
    ("block", "named"),
    [
        ({"type": "paragraph", "text": "abc", "spans": [{"start": 0, "end": 9, "kind": "strong"}]}, "beyond its block's text"),
        ({"type": "paragraph", "text": "abc", "spans": [{"start": 2, "end": 1, "kind": "strong"}]}, "start <= end"),
        ({"type": "paragraph", "text": "abc", "spans": [{"start": 0, "end": 1, "kind": "bold"}]}, "not 'bold'"),
        ({"type": "paragraph", "text": "abc", "spans": [{"start": "0", "end": 1, "kind": "code"}]}, "must be integers"),
        ({"type": "paragraph", "text": "abc", "spans": {"start": 0}}, "must be a list"),
        ({"type": "quote", "text": "abc", "spans": [{"start": 0, "end": 1, "kind": "link", "title": "x"}]}, "unknown key in a span: 'title'"),
        ({"type": "list", "text": "ab\ncd", "items": ["ab", "cd"], "ordered": False, "spans": [{"start": 1, "end": 4, "kind": "strong"}]},
         "lies within one item"),
        ({"type": "table", "text": "ab | cd", "rows": [["ab", "cd"]], "header": False, "spans": [{"start": 0, "end": 7, "kind": "link", "href": "/x"}]},
         "lies within one cell"),
        ({"type": "figure", "text": "", "src": "/a.jpg", "width": "640"}, "'width' must be an integer or null"),
        ({"type": "embed", "text": "", "url": None, "provider": "x"}, "'url' must be a string"),
    ],
)
def test_from_json_refuses_spans_and_new_blocks_it_cannot_read(block: dict[str, Any], named: str) -> None:
    with pytest.raises(SerializationError, match=named):
        from_json(json.dumps({"body": [block]}))


def test_every_block_kind_round_trips_and_validates() -> None:
    article = Article(headline="Rates held", published=datetime(2024, 3, 1, 10, 0), body=BODY)
    validate(json_of(article))
    assert from_json(articlekit.serialize(article, "json")) == article
    assert {block.kind for block in BODY} == set(_block_classes())


# ---------------------------------------------------------------- from_json refuses


@pytest.mark.parametrize("version", [99, 3, 0, -1, "2", 2.5, True, None, [2]])
def test_from_json_refuses_a_version_it_does_not_read_and_says_so(version: object) -> None:
    with pytest.raises(SerializationError) as info:
        from_json(json.dumps({"schema_version": version, "headline": "Rates held"}))
    message = str(info.value)
    assert f"schema_version {version!r}" in message
    assert "it reads 1 and 2" in message
    assert isinstance(info.value, articlekit.ArticleKitError)


def test_a_newer_version_asks_for_a_newer_articlekit() -> None:
    with pytest.raises(SerializationError, match="schema_version 99 .*newer articlekit; upgrade"):
        from_json('{"schema_version": 99}')


def test_from_json_reads_every_version_it_says_it_reads() -> None:
    assert READABLE_VERSIONS == (1, 2)
    for version in READABLE_VERSIONS:
        assert from_json(json.dumps({"schema_version": version, "headline": "Rates held"})).headline == "Rates held"


def test_a_version_1_document_is_read_as_before() -> None:
    # As version 1 wrote it: midnight for a date-only value, tables without "header".
    v1 = {
        "schema_version": 1, "headline": "Rates held", "section": None, "byline": None, "authors": ["Ana Lima"],
        "published": "2024-03-03T00:00:00", "modified": None,
        "body": [{"type": "paragraph", "text": "The bank kept rates."},
                 {"type": "table", "text": "Team | Points", "rows": [["Team", "Points"]]}],
        "is_article": True, "not_article_reason": None, "url": None, "canonical_url": None, "site_name": None,
        "language": "en", "description": None, "image": None, "tags": [], "provenance": {"headline": "jsonld"},
    }
    article = from_json(json.dumps(v1))
    assert article.published == datetime(2024, 3, 3) and article.authors == ("Ana Lima",)
    assert article.body == (Paragraph("The bank kept rates."), Table((("Team", "Points"),), header=False))


@pytest.mark.parametrize(
    ("data", "named"),
    [
        ({"schema_version": 2, "title": "Rates held"}, "unknown key in an Article: 'title'"),
        ({"headline": "x", "Authors": [], "input": "a.html"}, "unknown keys in an Article: 'Authors', 'input'"),
        ({"body": [{"type": "paragraph", "text": "x", "lvl": 2}]}, "unknown key in a paragraph block: 'lvl'"),
        ({"body": [{"type": "table", "text": "", "rows": [], "caption": "x"}]}, "unknown key in a table block: 'caption'"),
    ],
)
def test_from_json_names_the_keys_it_does_not_know(data: dict[str, Any], named: str) -> None:
    with pytest.raises(SerializationError) as info:
        from_json(json.dumps(data))
    assert named in str(info.value)
    assert "strict=False" in str(info.value)


def test_strict_false_reads_a_convert_record_with_its_input_key() -> None:
    article = Article(headline="Rates held", body=BODY)
    record = {"input": "pages/story.html", **json_of(article)}
    record["body"][0]["x-note"] = "kept by a pipeline"
    assert from_json(json.dumps(record), strict=False) == article
    with pytest.raises(SerializationError, match="'input'"):
        from_json(json.dumps(record))


@pytest.mark.parametrize(
    "block",
    [
        {"type": "table", "text": "", "rows": [["x"]], "header": "true"},
        {"type": "list", "text": "", "items": ["x"], "ordered": 1},
    ],
)
def test_from_json_refuses_a_flag_that_is_not_true_or_false(block: dict[str, Any]) -> None:
    with pytest.raises(SerializationError, match="must be true or false"):
        from_json(json.dumps({"body": [block]}))
