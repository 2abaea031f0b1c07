"""Markdown output shows the page's text as text: rendered by a real CommonMark renderer, it reads
exactly as the Article does, and holds no link, image, code, raw HTML or structure of its own."""

from __future__ import annotations

import string
from pathlib import Path

import lxml.html
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

import articlekit
from articlekit import Article, Caption, Heading, ListBlock, Paragraph, Quote, Table
from articlekit.model import Block, Embed
from blocktext import shown_text, visible_text

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# CommonMark, and the GFM extensions whose syntax the text might spell: pipe tables (the
# serializer writes them) and strikethrough. Raw HTML is on, as in the reference renderer.
RENDERER = MarkdownIt("commonmark").enable(["table", "strikethrough"])

# The elements the serializer writes on purpose (em: a caption; strong: a standfirst; br: a line
# break in a block).
EMITTED = {"div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "em", "strong", "br"}

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[x](javascript:alert(1))",
    "![](http://tracker.example/p.gif)",
    "[ref]: http://tracker.example/",
    "[ref]",
    "<http://tracker.example/>",
    "<!-- note -->",
    "&amp; &#38; &#x26; &copy;",
    "1. This",
    "2) That",
    "# Not a heading",
    "###### six",
    "> not a quote",
    "- not a list",
    "+ not a list",
    "* not a list",
    "---",
    "===",
    "***",
    "___",
    "```python",
    "~~~",
    "~~struck~~",
    "    indented code",
    "\tindented code",
    "*em* _em_ **strong** __strong__",
    "`code`",
    "| a | b |\n| --- | --- |",
    "a | b\n-|-",
    "line with a backslash \\",
    "trailing spaces   ",
    "C# and F#",
    "Title #",
    "\\*",
    # Everyday text that opens like markup: numbers, signs, brackets, entities, white space.
    "2024. A year of floods",
    "1.5 million riders",
    "10) Ten",
    "123456789. Nine digits",
    "+1 vote",
    "-5 degrees",
    "+",
    "-",
    "#",
    ">",
    "#hashtag",
    ">_< face",
    "<3 the harbour",
    "AT&T and R&D",
    "snake_case_name and 2*3*4",
    "[1] A footnote",
    "a `tick and a [bracket",
    "  two leading spaces",
    "   # three spaces then a hash",
    "   1. three spaces then a number",
]


def normalized(text: str) -> str:
    return " ".join(text.split())


def body_markdown(article: Article) -> str:
    """The Markdown after the front matter."""
    markdown = articlekit.serialize(article, "markdown")
    if markdown.startswith("---\n"):
        return markdown.removeprefix("---\n").partition("\n---\n")[2]
    return markdown


def render(markdown: str) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(RENDERER.render(markdown), create_parent="div")


def assert_only_emitted_elements(root: lxml.html.HtmlElement, extra: frozenset[str] = frozenset()) -> None:
    tags = {el.tag for el in root.iter() if isinstance(el.tag, str)}
    assert tags <= EMITTED | extra, tags - EMITTED - extra
    assert not root.xpath("//comment()")


# ---------------------------------------------------------------- examples


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("kind", [Paragraph, Heading, Quote, Caption])
def test_hostile_text_in_a_block_renders_as_text(text: str, kind: type[Paragraph]) -> None:
    block = kind(text)
    root = render(body_markdown(Article(body=(block,))))
    assert_only_emitted_elements(root)
    assert normalized(root.text_content()) == normalized(block.text)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_in_list_items_and_table_cells_renders_as_text(text: str) -> None:
    body = (
        ListBlock((text, "plain"), ordered=False),
        ListBlock((text, "plain"), ordered=True),
        Table(((text, "plain"), ("plain", text)), header=True),
        Table(((text, "plain"), ("plain", text))),
    )
    root = render(body_markdown(Article(body=body)))
    assert_only_emitted_elements(root)
    assert [normalized(li.text_content()) for li in root.iter("li")] == [normalized(text), "plain"] * 2
    cells = [normalized(text), "plain", "plain", normalized(text)]
    assert [normalized(c.text_content()) for c in root.xpath("//table[1]//th|//table[1]//td")] == cells
    # Without a header row, the pipe table's header is a row of empty cells, the data below it.
    assert [normalized(c.text_content()) for c in root.xpath("//table[2]//th")] == ["", ""]
    assert [normalized(c.text_content()) for c in root.xpath("//table[2]//td")] == cells


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_headline_is_the_h1_and_the_title(text: str) -> None:
    article = Article(headline=text, byline=text, tags=(text,), url="https://x.example/" + text)
    markdown = articlekit.serialize(article, "markdown")
    front, _, rest = markdown.removeprefix("---\n").partition("\n---\n")
    meta = yaml.safe_load(front)
    assert (meta["title"], meta["byline"], meta["tags"]) == (article.headline, article.byline, list(article.tags))
    root = render(rest)
    assert_only_emitted_elements(root)
    assert [normalized(h.text_content()) for h in root.iter("h1")] == [normalized(article.headline or "")]


@pytest.mark.parametrize("text", HOSTILE)
def test_front_matter_is_inert_where_a_renderer_does_not_know_it(text: str) -> None:
    article = Article(headline=text, byline=text, description=text, authors=(text,), image=text)
    root = render(articlekit.serialize(article, "markdown"))
    # Without front matter support the block is a rule and a setext heading, of plain text.
    assert_only_emitted_elements(root, extra=frozenset({"hr"}))


def test_ordered_list_escape_is_the_commonmark_one() -> None:
    markdown = body_markdown(Article(body=(Paragraph("1. This\n2) That"),)))
    assert markdown.startswith("1\\. This")
    assert "2\\) That" in markdown


PAGES = sorted((Path(__file__).parent / "fixtures").glob("*/page.html")) + [Path(__file__).parent.parent / "examples" / "news-page.html"]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.parent.name if p.name == "page.html" else p.name)
def test_markdown_of_every_fixture_page_renders_as_the_articles_text(page: Path) -> None:
    article = articlekit.extract(page.read_bytes())
    root = render(body_markdown(article))
    # The page's own links, emphasis and pictures are markup now (the spans' and figures'), and
    # nothing else is: the links shown are exactly the spans'.
    assert_only_emitted_elements(root, frozenset({"a", "em", "strong", "code", "img"}))
    assert [(" ".join(a.text_content().split()), a.get("href")) for a in root.iter("a")] == [
        (" ".join(b.text[s.start : s.end].split()), RENDERER.normalizeLink(s.href) if s.href else s.href)
        for b in article.body for s in getattr(b, "spans", ()) if s.kind == "link"
    ] + [(f"{b.provider}: {b.url}", RENDERER.normalizeLink(b.url)) for b in article.body if isinstance(b, Embed)]
    # (text_content: inline markup joins its neighbours without a space; blocks are set apart)
    assert normalized(root.text_content()) == normalized(f"{article.headline or ''} {shown_text(article)}")
    tables = [b for b in article.body if isinstance(b, Table) and b.rows]
    assert len(root.findall(".//table")) == len(tables)


def test_a_table_header_row_is_the_pipe_tables_header() -> None:
    body = (Table((("Line", "Trains"), ("Valley", "4")), header=True), Table((("Valley", "4"), ("Hill", "1"))))
    first, second = render(body_markdown(Article(body=body))).findall(".//table")
    assert [c.text_content() for c in first.iter("th")] == ["Line", "Trains"]
    assert [c.text_content() for c in first.iter("td")] == ["Valley", "4"]
    assert [c.text_content() for c in second.iter("th")] == ["", ""]  # no row of data made a header
    assert [c.text_content() for c in second.iter("td")] == ["Valley", "4", "Hill", "1"]


def test_lists_in_a_row_stay_apart() -> None:
    body = (ListBlock(("a", "b")), ListBlock(("c",)), ListBlock(("d",)), ListBlock(("e",), ordered=True), ListBlock(("f",), ordered=True))
    root = render(body_markdown(Article(body=body)))
    assert [[li.text_content() for li in lst.iter("li")] for lst in root.xpath("/div/ul|/div/ol")] == [["a", "b"], ["c"], ["d"], ["e"], ["f"]]
    assert not root.xpath("//li/p")  # tight lists, as written


def test_line_breaks_in_a_paragraph_are_hard_breaks() -> None:
    root = render(body_markdown(Article(body=(Paragraph("one\n\n two  \nthree\\"),))))
    assert len(root.findall("p")) == 1 and len(root.findall(".//br")) == 2
    assert [normalized(t) for t in root.find("p").itertext()] == ["one", "two", "three\\"]  # type: ignore[union-attr]


def test_empty_table_and_empty_blocks_do_not_break_the_document() -> None:
    body = (Table(()), Table(((),)), Caption(" "), Paragraph(""), Quote(""), Paragraph("after"))
    root = render(body_markdown(Article(body=body)))
    assert normalized(root.text_content()) == "after"


# ---------------------------------------------------------------- properties

characters = st.one_of(
    st.sampled_from(string.punctuation + string.digits + " \t\nab"),
    st.characters(codec="utf-8"),
)
texts = st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(characters, max_size=8)), max_size=6).map("".join)
one_line = texts.map(lambda t: t.replace("\n", " "))
blocks = st.one_of(
    st.builds(Paragraph, texts),
    st.builds(Heading, texts, st.integers(1, 6)),
    st.builds(Quote, texts),
    st.builds(Caption, texts),
    st.builds(ListBlock, st.lists(one_line, min_size=1, max_size=3), st.booleans()),
    st.builds(Table, st.lists(st.lists(one_line, min_size=1, max_size=3), min_size=1, max_size=3), st.booleans()),
)


@SETTINGS
@given(st.lists(blocks, min_size=1, max_size=4))
def test_any_body_renders_as_exactly_its_text(body: list[Block]) -> None:
    article = Article(body=tuple(body))
    root = render(body_markdown(article))
    assert_only_emitted_elements(root)
    assert normalized(root.text_content()) == normalized(" ".join(visible_text(b) for b in article.body))
    lists = [b for b in article.body if isinstance(b, ListBlock)]
    assert len(root.xpath("//ul|//ol")) == len(lists)
    assert len(root.xpath("//li")) == sum(len(b.items) for b in lists)
    assert not root.xpath("//li/p")


@SETTINGS
@given(texts)
def test_any_headline_renders_as_exactly_its_text(text: str) -> None:
    article = Article(headline=text, body=(Paragraph("body"),))
    root = render(body_markdown(article))
    assert_only_emitted_elements(root)
    if normalized(article.headline or ""):
        assert [normalized(h.text_content()) for h in root.iter("h1")] == [normalized(article.headline or "")]


@SETTINGS
@given(texts, texts, st.lists(one_line, max_size=3))
def test_any_metadata_reads_back_from_the_front_matter_and_stays_inert(headline: str, byline: str, tags: list[str]) -> None:
    article = Article(headline=headline, byline=byline, description=byline, authors=tuple(tags), tags=tuple(tags))
    markdown = articlekit.serialize(article, "markdown")
    expected = {
        "title": article.headline, "byline": article.byline, "description": article.description,
        "authors": list(article.authors), "tags": list(article.tags),
    }
    meta = yaml.safe_load(markdown.removeprefix("---\n").partition("\n---\n")[0]) if markdown.startswith("---\n") else {}
    assert meta == {key: value for key, value in expected.items() if value}
    assert_only_emitted_elements(render(markdown), extra=frozenset({"hr"}))
