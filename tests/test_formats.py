"""Every serializer on real-looking output: JSON against its published schema, Markdown as a
Markdown renderer and a YAML reader see it, HTML parsed back, JSON-LD as schema.org data."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import jsonschema
import lxml.html
import pytest
import yaml
from markdown_it import MarkdownIt

import articlekit
from articlekit import Article, Heading, ListBlock, Paragraph, Quote, Table

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "news-page.html"
FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*/page.html"))
SCHEMA = json.loads(files("articlekit.serialize").joinpath("schema.json").read_text(encoding="utf-8"))
FORMATS = jsonschema.Draft202012Validator.FORMAT_CHECKER  # "date" and "date-time" asserted, not only noted


def example() -> Article:
    return articlekit.extract(EXAMPLE.read_bytes())


@pytest.mark.parametrize("page", FIXTURES + [EXAMPLE], ids=lambda p: p.parent.name if p.name == "page.html" else p.name)
def test_json_output_matches_the_published_schema(page: Path) -> None:
    data = json.loads(articlekit.serialize(articlekit.extract(page.read_bytes()), "json"))
    jsonschema.validate(data, SCHEMA, format_checker=FORMATS)


def test_schema_rejects_a_renamed_field() -> None:
    data = json.loads(articlekit.serialize(example(), "json"))
    data["title"] = data.pop("headline")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA, format_checker=FORMATS)


def test_ndjson_is_one_line_per_article_and_reads_back() -> None:
    article = example()
    text = articlekit.serialize(article, "ndjson") * 2
    lines = text.splitlines()
    assert len(lines) == 2 and text.endswith("\n")
    assert articlekit.from_json(lines[1]) == article


def test_markdown_renders_as_the_article_reads() -> None:
    article = example()
    markdown = articlekit.serialize(article, "markdown")
    front, _, rest = markdown.removeprefix("---\n").partition("\n---\n")
    meta = yaml.safe_load(front)
    assert meta["title"] == article.headline
    assert meta["authors"] == ["Maren Holt", "Tobias Reyes"]
    assert meta["published"] == "2025-04-17T14:05:00+02:00"
    page = lxml.html.fromstring(MarkdownIt().render(rest))
    assert [h.text_content() for h in page.iter("h1")] == [article.headline]
    assert [h.text_content() for h in page.iter("h2")] == ["Why now", "What residents can expect"]
    assert [li.text_content() for li in page.iter("li")] == list(article.body[7].items)  # type: ignore[union-attr]
    assert page.find(".//blockquote") is not None
    rendered = " ".join(p.text_content() for p in page.iter("p"))
    assert article.paragraphs[0] in rendered and article.paragraphs[-1] in rendered


def test_markdown_escapes_text_that_would_become_syntax() -> None:
    article = Article(headline="A *bold* claim", body=(Paragraph("# not a heading\n- not a list"),))
    html = MarkdownIt().render(articlekit.serialize(article, "markdown").split("\n---\n")[-1])
    page = lxml.html.fromstring(html)
    assert page.find(".//h2") is None and page.find(".//ul") is None and page.find(".//em") is None
    assert "A *bold* claim" in page.text_content()


def test_markdown_table_and_ordered_list() -> None:
    article = Article(body=(ListBlock(("one", "two"), ordered=True), Table((("a", "b"), ("1", "2")), header=True), Heading("Sub", 3)))
    page = lxml.html.fromstring(MarkdownIt().enable("table").render(articlekit.serialize(article, "markdown")))
    assert [li.text_content() for li in page.iter("li")] == ["one", "two"]
    assert [td.text_content() for td in page.iter("td")] == ["1", "2"]
    assert page.find(".//h3").text_content() == "Sub"  # type: ignore[union-attr]


def test_html_output_is_a_clean_document_with_the_blocks() -> None:
    article = example()
    page = lxml.html.document_fromstring(articlekit.serialize(article, "html"))
    assert page.find(".//title").text_content() == article.headline  # type: ignore[union-attr]
    assert not page.xpath("//script|//style|//nav|//footer")
    assert [p.text_content() for p in page.xpath("//article/p[not(@class)]")] == list(article.paragraphs)
    assert page.xpath("string(//time/@datetime)") == "2025-04-17T14:05:00+02:00"


def test_html_escapes_markup_in_text() -> None:
    article = Article(headline="<script>x</script>", body=(Quote("a < b & c"),))
    page = lxml.html.document_fromstring(articlekit.serialize(article, "html"))
    assert not page.xpath("//body//script")
    assert page.xpath("string(//blockquote)") == "a < b & c"


def test_jsonld_is_a_schema_org_news_article() -> None:
    article = example()
    data = json.loads(articlekit.serialize(article, "jsonld"))
    assert data["@type"] == "NewsArticle" and data["@context"] == "https://schema.org"
    assert [a["name"] for a in data["author"]] == list(article.authors)
    assert data["datePublished"] == "2025-04-17T14:05:00+02:00"
    assert data["publisher"] == {"@type": "Organization", "name": "Harbor Gazette"}
    assert data["articleBody"] == article.text


def test_jsonld_output_is_read_back_by_our_own_jsonld_source() -> None:
    article = example()
    page = f'<html><head><script type="application/ld+json">{articlekit.serialize(article, "jsonld")}</script></head><body></body></html>'
    again = articlekit.extract(page)
    assert again.headline == article.headline and again.authors == article.authors
    assert again.published == article.published
