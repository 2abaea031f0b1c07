"""Serializers: the JSON contract (round trip), plain text, and the registry by name."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import lxml.html
import pytest

import articlekit
from articlekit import (
    Article,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    SerializationError,
    UnknownFormatError,
    from_json,
    serialize,
)
from articlekit.serialize import SERIALIZERS

FULL = Article(
    headline="Coastal states expand joint patrols",
    section="World",
    byline="Ana Lima and Tom Berg",
    authors=("Ana Lima", "Tom Berg"),
    published=datetime(2025, 1, 14, 9, 15, tzinfo=timezone(timedelta(hours=5, minutes=30))),
    modified=datetime(2025, 1, 14, 17, 40, 22, 123456),
    body=(
        Paragraph("Five governments agreed to pool patrol boats.\nThe pact was signed on Monday."),
        Heading("Shared radar", 2),
        Heading("Who pays", 4),
        ListBlock(("Two vessels each", "A liaison cell"), ordered=False),
        ListBlock(("Sign", "Ratify"), ordered=True),
        Quote("We will not be outpaced again."),
    ),
    url="https://meridiandispatch.example/2025/01/14/patrols/",
    canonical_url="https://meridiandispatch.example/patrols",
    site_name="Meridian Dispatch",
    language="en",
    description="Ministers signed the pact in Sandhaven — with “caveats”.",
    image="https://meridiandispatch.example/patrol.jpg",
    tags=("fisheries", "maritime security"),
    provenance={"headline": "jsonld", "body": "heuristic", "url": "input"},
)

FIXTURES = Path(__file__).parent / "fixtures"


def test_json_round_trip_gives_an_equal_article() -> None:
    back = from_json(serialize(FULL, "json"))
    assert back == FULL
    assert back.published is not None and back.published.utcoffset() == timedelta(hours=5, minutes=30)
    assert back.modified is not None and back.modified.tzinfo is None


def test_json_round_trip_of_every_block_kind() -> None:
    article = Article(
        body=(
            articlekit.Paragraph("One.\nTwo."),
            articlekit.Heading("Why", 3),
            articlekit.ListBlock(("a", "b"), ordered=True),
            articlekit.Quote("Said."),
            articlekit.Table((("Team", "Points"), ("Lions", "12")), header=True),
        )
    )
    data = json.loads(serialize(article, "json"))
    assert data["body"][4] == {
        "type": "table", "text": "Team | Points\nLions | 12", "rows": [["Team", "Points"], ["Lions", "12"]], "header": True,
    }
    assert from_json(serialize(article, "json")) == article


def test_json_round_trip_of_an_empty_article() -> None:
    assert from_json(serialize(Article(), "json")) == Article()


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.iterdir() if (p / "page.html").is_file()))
def test_json_round_trip_of_extracted_fixture_pages(name: str) -> None:
    article = articlekit.extract((FIXTURES / name / "page.html").read_bytes())
    assert from_json(serialize(article, "json")) == article


def test_json_shape_is_the_documented_contract() -> None:
    data = json.loads(serialize(FULL, "json"))
    assert list(data) == [
        "schema_version", "headline", "section", "byline", "authors", "published", "modified",
        "body", "is_article", "not_article_reason", "url", "canonical_url", "site_name", "language",
        "description", "image", "tags", "provenance",
    ]
    assert data["schema_version"] == 2
    assert data["published"] == "2025-01-14T09:15:00+05:30"
    assert data["body"][0] == {"type": "paragraph", "text": FULL.body[0].text}
    assert data["body"][2] == {"type": "heading", "text": "Who pays", "level": 4}
    assert data["body"][4] == {"type": "list", "text": "Sign\nRatify", "items": ["Sign", "Ratify"], "ordered": True}
    assert data["body"][5] == {"type": "quote", "text": "We will not be outpaced again."}
    assert data["provenance"] == {"body": "heuristic", "headline": "jsonld", "url": "input"}


def test_json_keeps_non_ascii_characters() -> None:
    text = serialize(FULL, "json")
    assert "“caveats”" in text and "—" in text


def test_from_json_accepts_bytes() -> None:
    assert from_json(serialize(FULL, "json").encode("utf-8")) == FULL


@pytest.mark.parametrize(
    "text",
    [
        "not json at all",
        "[]",
        "null",
        '{"body": [{"type": "table", "text": "x"}]}',
        '{"body": ["a paragraph as a bare string"]}',
        '{"published": "yesterday"}',
        '{"body": [{"type": "heading", "text": "x", "level": "two"}]}',
    ],
)
def test_from_json_rejects_what_is_not_an_article(text: str) -> None:
    with pytest.raises(SerializationError):
        from_json(text)


@pytest.mark.parametrize("field", ["authors", "tags"])
def test_from_json_never_splits_a_string_into_characters(field: str) -> None:
    try:
        article = from_json(json.dumps({field: "Jane Doe"}))
    except SerializationError:
        return
    assert getattr(article, field) == ("Jane Doe",)


def test_from_json_does_not_accept_a_number_as_headline() -> None:
    try:
        article = from_json('{"headline": 5}')
    except SerializationError:
        return
    assert isinstance(article.headline, str)


def test_text_format() -> None:
    assert serialize(FULL, "text") == (
        "Coastal states expand joint patrols\n\n"
        "Five governments agreed to pool patrol boats.\nThe pact was signed on Monday.\n\n"
        "Shared radar\n\n"
        "Who pays\n\n"
        "- Two vessels each\n- A liaison cell\n\n"
        "- Sign\n- Ratify\n\n"
        "We will not be outpaced again.\n"
    )


def test_text_of_an_empty_article_is_empty() -> None:
    assert serialize(Article(), "text") == ""


def test_unknown_format_names_the_known_ones() -> None:
    with pytest.raises(UnknownFormatError) as info:
        serialize(FULL, "yaml")
    message = str(info.value)
    assert "yaml" in message and "json" in message and "text" in message
    assert isinstance(info.value, SerializationError)


def test_caller_can_pass_its_own_serializers() -> None:
    table = {"headline": lambda a: a.headline or ""}
    assert serialize(FULL, "headline", serializers=table) == "Coastal states expand joint patrols"
    with pytest.raises(UnknownFormatError):
        serialize(FULL, "json", serializers=table)


def test_builtin_table_is_read_only() -> None:
    with pytest.raises(TypeError):
        SERIALIZERS["yaml"] = lambda a: ""  # type: ignore[index]


def test_html_escapes_every_text_and_attribute() -> None:
    hostile = '"><script>alert(1)</script><a href="javascript:x">&amp;'
    article = Article(
        headline=hostile, section=hostile, byline=hostile, authors=(hostile,), description=hostile,
        canonical_url=hostile, language=hostile,
        body=(Paragraph(hostile + "\n" + hostile), articlekit.Heading(hostile), ListBlock((hostile,)), Quote(hostile),
              articlekit.Caption(hostile), articlekit.Table(((hostile,),))),
    )
    page = lxml.html.document_fromstring(serialize(article, "html"))
    assert not page.xpath("//script|//a|//img")
    assert page.xpath("string(//title)") == hostile
    assert page.xpath("string(//meta[@name='description']/@content)") == hostile
    assert page.xpath("string(//meta[@name='author']/@content)") == hostile
    assert page.xpath("string(//link[@rel='canonical']/@href)") == hostile
    assert page.xpath("string(/html/@lang)") == hostile
    texts = [el.text_content() for el in page.xpath("//article/*")]
    assert texts == [hostile, hostile, hostile, hostile + "\n" + hostile, hostile, hostile, hostile, hostile, hostile]


@pytest.mark.parametrize("fmt", sorted(SERIALIZERS))
def test_every_format_writes_an_empty_table(fmt: str) -> None:
    article = Article(body=(articlekit.Table(()), articlekit.Table(((),)), Paragraph("after")))
    assert "after" in serialize(article, fmt)


def test_date_only_values_are_written_as_days_and_read_back() -> None:
    from datetime import date

    article = Article(headline="Rates held", published=date(2024, 3, 3), modified=datetime(2024, 3, 4, 10, 15))
    data = json.loads(serialize(article, "json"))
    assert data["published"] == "2024-03-03" and data["modified"] == "2024-03-04T10:15:00"
    back = from_json(serialize(article, "json"))
    assert back == article and type(back.published) is date and back.published_day == date(2024, 3, 3)


def test_version_1_json_is_read_and_an_unknown_version_is_refused() -> None:
    v1 = '{"schema_version": 1, "headline": "Rates held", "published": "2024-03-03T00:00:00", "body": []}'
    assert from_json(v1).published == datetime(2024, 3, 3)
    with pytest.raises(SerializationError, match="schema_version 3"):
        from_json('{"schema_version": 3, "headline": "Rates held"}')
