"""HTML and JSON-LD output, read back by a real parser (lxml): the visible text is the Article's
text, block by block; a table's header row is ``<th>`` in ``<thead>``; a page that held no story
is a ``WebPage`` in ``<main>``, never a ``NewsArticle``."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import lxml.html
import pytest

import articlekit
from articlekit import Article, Caption, Heading, ListBlock, Paragraph, Quote, Table
from articlekit.model import Block, Embed, Figure
from blocktext import rendered_text, shown_text, visible_text

REPO = Path(__file__).resolve().parent.parent
PAGES = sorted((REPO / "tests" / "fixtures").glob("*/page.html")) + [REPO / "examples" / "news-page.html"]
TRICKY = ["a < b & c", "<b>not bold</b>", "&amp; stays &amp;", "1. This", "# not a heading", "  spaced  out ", "Zürich “quoted”"]

LISTING = (
    "<html lang=en><head><title>World news | Harbor Gazette</title></head><body><h1>World news</h1><ul>"
    + "".join(
        f'<li><h3><a href="/world/story-{i}">Story {i} on the harbour works and the council vote</a></h3>'
        f"<p>A teaser for story {i}.</p></li>"
        for i in range(12)
    )
    + "</ul></body></html>"
)


def parse(article: Article) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(articlekit.serialize(article, "html"))


def normalized(text: str) -> str:
    return " ".join(text.split())


def rendered_blocks(wrapper: lxml.html.HtmlElement) -> list[object]:
    """What each body element shows, in the shape of the block it came from."""
    shown: list[object] = []
    for el in wrapper:
        if el.tag == "h1" or el.get("class") in ("section", "byline", "published"):
            continue
        if el.tag in ("ul", "ol"):
            shown.append((el.tag == "ol", [li.text_content() for li in el.iter("li")]))
        elif el.tag == "table":
            rows = [[cell.text_content() for cell in tr] for tr in el.iter("tr")]
            shown.append((rows, [[cell.tag for cell in tr] for tr in el.iter("tr")], el.xpath("count(thead/tr)")))
        else:
            shown.append(" ".join(el.text_content().split()))
    return shown


def expected_blocks(body: tuple[Block, ...]) -> list[object]:
    expected: list[object] = []
    for block in body:
        if isinstance(block, ListBlock):
            expected.append((block.ordered, list(block.items)))
        elif isinstance(block, Table):
            rows = [list(row) for row in block.rows]
            tags = [["th" if block.header and i == 0 else "td" for _ in row] for i, row in enumerate(rows)]
            expected.append((rows, tags, 1.0 if block.header and rows else 0.0))
        elif isinstance(block, Figure):
            expected.append(" ".join(f"{block.caption} {block.credit}".split()))
        elif isinstance(block, Embed):
            expected.append(" ".join(f"{block.provider}: {block.url} {block.text}".split()))
        else:
            expected.append(" ".join(block.text.split()))
    return expected


def story(texts: list[str]) -> Article:
    body: list[Block] = []
    for text in texts:
        body += [Paragraph(f"{text}\n{text}"), Heading(text, 3), Quote(text), Caption(text), ListBlock((text, "plain"), ordered=True)]
        body += [Table(((text, "Points"), ("Lions", text)), header=True), Table(((text, "12"),))]
    return Article(
        headline=TRICKY[0], section="Local", byline="By Ana Lima", body=tuple(body),
        published=datetime(2025, 4, 17, 14, 5, tzinfo=timezone(timedelta(hours=2))),
    )


@pytest.mark.parametrize("text", TRICKY)
def test_each_block_shows_exactly_its_text(text: str) -> None:
    article = story([text])
    page = parse(article)
    (wrapper,) = page.xpath("/html/body/article")
    assert rendered_blocks(wrapper) == expected_blocks(article.body)


@pytest.mark.parametrize("page_path", PAGES, ids=lambda p: p.parent.name if p.name == "page.html" else p.name)
def test_visible_text_of_every_fixture_page_is_the_articles(page_path: Path) -> None:
    article = articlekit.extract(page_path.read_bytes())
    page = parse(article)
    wrapper = page.find("body")[0]  # type: ignore[index]
    assert wrapper.tag == ("article" if article.is_article else "main")
    assert rendered_blocks(wrapper) == expected_blocks(article.body)
    stamp = article.published.isoformat() if article.published else None
    shown = [article.section, article.headline, article.byline, stamp, shown_text(article)]
    # Every block element we write is set apart; inline markup joins its neighbours.
    assert rendered_text(page.find("body")) == normalized(" ".join(s for s in shown if s))


def test_a_header_row_is_th_in_thead_and_data_rows_are_td_in_tbody() -> None:
    page = parse(Article(body=(Table((("Line", "Trains"), ("Valley", "4"), ("Hill", "1")), header=True),)))
    assert page.xpath("//table/thead/tr/th/text()") == ["Line", "Trains"]
    assert page.xpath("//table/tbody/tr/td/text()") == ["Valley", "4", "Hill", "1"]
    assert not page.xpath("//td[.='Line']")


def test_a_table_without_a_header_row_has_no_th() -> None:
    page = parse(Article(body=(Table((("Valley", "4"), ("Hill", "1"))),)))
    assert not page.xpath("//th|//thead")
    assert page.xpath("//table/tbody/tr/td/text()") == ["Valley", "4", "Hill", "1"]


def test_a_table_read_from_a_page_keeps_its_header_row_in_the_html() -> None:
    page = (
        "<html><body><article><h1>New timetable brings more trains</h1>"
        "<p>The operator published the new timetable on Monday, with more trains on the busiest lines.</p>"
        "<table><thead><tr><th>Line</th><th>Trains per hour</th></tr></thead>"
        "<tbody><tr><td>Valley Express</td><td>4</td></tr><tr><td>Hill Branch</td><td>1</td></tr></tbody></table>"
        "<p>Passenger groups welcomed the change but asked for later evening services on weekdays.</p>"
        "</article></body></html>"
    )
    article = articlekit.extract(page)
    tables = [b for b in article.body if isinstance(b, Table)]
    assert len(tables) == 1 and tables[0].header
    html = parse(article)
    assert html.xpath("//thead/tr/th/text()") == ["Line", "Trains per hour"]
    assert html.xpath("//tbody/tr/td/text()") == ["Valley Express", "4", "Hill Branch", "1"]


# ---------------------------------------------------------------- a page with no story


def test_a_listing_page_is_a_webpage_not_a_news_article() -> None:
    article = articlekit.extract(LISTING, url="https://harbor.example/world/")
    assert not article.is_article and article.not_article_reason
    data = json.loads(articlekit.serialize(article, "jsonld"))
    assert data["@type"] == "WebPage"
    assert "NewsArticle" not in articlekit.serialize(article, "jsonld")
    assert "articleBody" not in data and "articleSection" not in data
    assert data["headline"] == "World news" and data["url"] == "https://harbor.example/world/"
    page = parse(article)
    assert not page.xpath("//article") and page.xpath("string(/html/body/main/h1)") == "World news"


def test_an_article_is_a_news_article_in_an_article_element() -> None:
    article = articlekit.extract((REPO / "examples" / "news-page.html").read_bytes())
    data = json.loads(articlekit.serialize(article, "jsonld"))
    assert data["@type"] == "NewsArticle" and data["articleBody"] == article.text and data["articleSection"] == "Local"
    assert parse(article).xpath("count(/html/body/article)") == 1


@pytest.mark.parametrize(
    "article",
    [
        Article(headline="Page not found", not_article_reason="no paragraphs of story text"),
        Article(headline="Metadata only", authors=("Ana Lima",)),  # no body: not a story either
        Article(body=(Paragraph("Text"),), not_article_reason="a listing or home page"),
    ],
)
def test_every_article_that_is_not_a_story_is_a_webpage(article: Article) -> None:
    assert not article.is_article
    assert json.loads(articlekit.serialize(article, "jsonld"))["@type"] == "WebPage"
    assert parse(article).find("body/main") is not None
