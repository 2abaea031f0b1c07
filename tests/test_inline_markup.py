"""Spans, figures and embeds in Markdown and HTML: rendered by a real renderer (markdown-it-py,
lxml), the visible text is still exactly the Article's (plus the figures' captions and credits,
and the embeds' link lines), and the links and images are exactly the Article's, never one with
a ``javascript:`` or ``data:`` address."""

from __future__ import annotations

import string

import attrs
import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

import articlekit
from articlekit import Article, Caption, Embed, Figure, Heading, ListBlock, Paragraph, Quote, Span, Standfirst, Table
from articlekit.model import Block
from articlekit.serialize.markdown import to_markdown
from articlekit.serialize.spans import safe_href
from blocktext import shown_text

RENDERER = MarkdownIt("commonmark").enable(["table", "strikethrough"])
SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

REPORT = "https://council.example/reports/pier 2025 (final).pdf"
STORY = Article(
    headline="Harbour pier reopens",
    body=(
        Standfirst("Ferry fares rise by a fifth from April.", spans=(Span(0, 11, "strong"), Span(17, 38, "emphasis"))),
        Paragraph(
            "Mayor Ana Lima said the new pier opens on Friday, after the council's report.\nRead it here!",
            spans=(
                Span(6, 14, "link", "https://news.example/people/ana-lima"),
                Span(24, 27, "strong"), Span(24, 32, "emphasis"),
                Span(42, 48, "emphasis"),
                Span(60, 76, "link", REPORT), Span(60, 67, "code"),
                Span(78, 90, "link", "javascript:alert(1)"),
            ),
        ),
        Heading("Why the #1 pier matters", 2, spans=(Span(8, 15, "link", "/topics/pier"), Span(0, 3, "emphasis"))),
        Quote("We will *rebuild* it,\nstone by stone.", spans=(Span(0, 7, "strong"), Span(22, 27, "link", "mailto:desk@news.example"))),
        Figure("https://cdn.news.example/img/pier-1600.jpg", alt="The pier at [dawn]", caption="The new pier at dawn.",
               credit="Photo: Ana Lima", width=1600, height=900),
        Caption("The new pier at dawn.", spans=(Span(8, 12, "strong"),)),
        Figure("data:image/png;base64,AAAA", alt="tracker", caption="A ferry in the fog.", credit="Photo: Jo Ng"),
        Figure("/img/map.png", alt="Map of the harbour"),
        Embed("https://twitter.com/harbourcouncil/status/1780000000000000000", "twitter", "Pier opens Friday at 9am!"),
        Embed("https://www.youtube.com/embed/dQw4w9WgXcQ", "youtube"),
        Embed("javascript:alert(2)", "iframe"),
    ),
)


def normalized(text: str) -> str:
    return " ".join(text.split())


def body_markdown(markdown: str) -> str:
    return markdown.removeprefix("---\n").partition("\n---\n")[2] if markdown.startswith("---\n") else markdown


def render(markdown: str) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(RENDERER.render(body_markdown(markdown)), create_parent="div")


def expected_text(article: Article, *, links: bool = True, images: bool = True) -> str:
    """What a reader sees: the headline, then the body as ``blocktext.shown_text`` reads it."""
    return normalized(f"{article.headline or ''} {shown_text(article, links=links, images=images)}")


def expected_links(body: tuple[Block, ...]) -> list[tuple[str, str]]:
    links = []
    for block in body:
        for span in getattr(block, "spans", ()):
            if span.kind == "link" and safe_href(span.href):
                links.append((normalized(block.text[span.start : span.end]), span.href))
        if isinstance(block, Embed) and safe_href(block.url):
            links.append((f"{block.provider}: {block.url}", block.url))
    return links


def shown_links(root: lxml.html.HtmlElement, normalize: bool) -> list[tuple[str, str]]:
    return [
        (normalized(a.text_content()), RENDERER.normalizeLink(href) if normalize else href)
        for a in root.iter("a") for href in [a.get("href")]
    ]


def test_markdown_shows_the_text_the_links_and_the_images() -> None:
    markdown = to_markdown(STORY)
    root = render(markdown)
    assert normalized(root.text_content()) == expected_text(STORY)
    links = [(text, RENDERER.normalizeLink(href)) for text, href in expected_links(STORY.body)]
    assert [(text, href) for text, href in shown_links(root, False)] == links
    assert [(img.get("src"), img.get("alt")) for img in root.iter("img")] == [
        ("https://cdn.news.example/img/pier-1600.jpg", "The pier at [dawn]"), ("/img/map.png", "Map of the harbour"),
    ]
    # The standfirst is bold as a whole: the strong span inside it adds nothing.
    assert [el.text_content() for el in root.iter("strong")] == [
        "Ferry fares rise by a fifth from April.", "new", "We will", "pier",
    ]
    assert [normalized(el.text_content()) for el in root.iter("em")][:3] == ["by a fifth from April", "new pier", "Friday"]
    assert [el.text_content() for el in root.iter("code")] == ["council"]
    assert "javascript" not in markdown and "data:" not in markdown
    assert markdown.count("at dawn.*") == 1  # the caption block is the figure's caption, written once


def test_markdown_options_leave_out_links_images_and_formatting() -> None:
    plain = render(to_markdown(STORY, links=False, images=False, formatting=False))
    assert not plain.xpath("//a|//img|//code")
    assert [el.text_content() for el in plain.iter("strong")] == ["Ferry fares rise by a fifth from April."]  # the standfirst
    assert normalized(plain.text_content()) == expected_text(STORY, links=False, images=False)
    assert articlekit.serialize(STORY, "markdown") == to_markdown(STORY)


def test_html_shows_the_text_the_links_and_the_images() -> None:
    html = articlekit.serialize(STORY, "html")
    root = lxml.html.document_fromstring(html).find(".//article")
    assert root is not None
    meta = {"h1"}
    shown = [el.text_content() for el in root if el.tag not in meta and el.get("class") != "byline"]
    assert normalized(" ".join([STORY.headline or "", *shown])) == expected_text(STORY)
    assert shown_links(root, False) == expected_links(STORY.body)
    assert [(img.get("src"), img.get("alt"), img.get("width")) for img in root.iter("img")] == [
        ("https://cdn.news.example/img/pier-1600.jpg", "The pier at [dawn]", "1600"), ("/img/map.png", "Map of the harbour", None),
    ]
    assert root.xpath("string(//figure[1]/figcaption/small)") == "Photo: Ana Lima"
    assert [el.text_content() for el in root.iter("code")] == ["council"]
    assert "javascript" not in html and "data:" not in html


def test_the_text_serializer_is_unchanged_by_figures() -> None:
    text = articlekit.serialize(STORY, "text")
    assert "pier-1600" not in text and "\n\n\n" not in text
    assert text == articlekit.serialize(Article(headline=STORY.headline, body=tuple(
        b for b in STORY.body if b.text)), "text")


@pytest.mark.parametrize(
    ("text", "span", "markup"),
    [
        ("Rates, held.", Span(0, 6, "emphasis"), "*Rates,* held."),  # ends in punctuation before a space
        ("un-believable", Span(2, 13, "strong"), "un-believable"),  # cannot open inside a word before punctuation: plain
        ("snake_case", Span(5, 10, "emphasis"), "snake\\_case"),
        ("x `a`` y", Span(2, 6, "code"), "x \\`a\\`\\` y"),  # would need a fence of three: plain text
        ("x ``a y", Span(2, 5, "code"), "x ` ``a ` y"),
        ("Wow!Look", Span(4, 8, "link", "https://x.example/"), "Wow\\![Look](<https://x.example/>)"),
        ("see  this ", Span(3, 10, "link", "https://x.example/a>b"), "see  [this](<https://x.example/a\\>b>)"),
    ],
)
def test_hard_cases_are_written_safely(text: str, span: Span, markup: str) -> None:
    markdown = body_markdown(to_markdown(Article(body=(Paragraph(text, spans=(span,)),))))
    assert markdown.strip() == markup
    assert normalized(render(markdown).text_content()) == normalized(text)


# ---------------------------------------------------------------- properties

characters = st.one_of(st.sampled_from(string.punctuation + " \n!ab€©é\u00a0"), st.characters(codec="utf-8"))
texts = st.text(characters, min_size=1, max_size=24)
kinds = st.sampled_from(["link", "emphasis", "strong", "code"])
hrefs = st.sampled_from(["https://x.example/a b", "/rel(1)", "mailto:a@b.example", "javascript:x", "data:,x", "https://x.example/*_`<>&amp;|"])


@st.composite
def spanned(draw: st.DrawFn, cls: type[Paragraph] | type[Heading] | type[Quote] | type[Caption] | type[Standfirst]) -> Block:
    text = Paragraph(draw(texts)).text
    spans = []
    for _ in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        kind = draw(kinds)
        spans.append(Span(start, end, kind, draw(hrefs) if kind == "link" else None))
    return cls(text, spans=tuple(spans))


@st.composite
def spanned_parts(draw: st.DrawFn, table: bool) -> Block:
    """A list or a table with spans, each within one item or cell."""
    one_line = texts.map(lambda t: t.replace("\n", " "))
    rows = draw(st.lists(st.lists(one_line, min_size=1, max_size=3), min_size=1, max_size=3)) if table else None
    block: ListBlock | Table = Table(rows, draw(st.booleans())) if rows else ListBlock(draw(st.lists(one_line, min_size=1, max_size=3)))
    bounds = block.parts()
    spans = []
    for _ in range(draw(st.integers(0, 6))):
        first, last = bounds[draw(st.integers(0, len(bounds) - 1))]
        start = draw(st.integers(first, last))
        end = draw(st.integers(start, last))
        kind = draw(kinds)
        spans.append(Span(start, end, kind, draw(hrefs) if kind == "link" else None))
    return attrs.evolve(block, spans=tuple(spans))


blocks = st.one_of(*(spanned(cls) for cls in (Paragraph, Heading, Quote, Caption, Standfirst)))
part_blocks = st.one_of(spanned_parts(False), spanned_parts(True))


@SETTINGS
@given(st.lists(blocks, min_size=1, max_size=3))
def test_any_spans_keep_the_markdown_text_exact_and_the_links_the_articles(body: list[Block]) -> None:
    article = Article(body=tuple(body))
    markdown = to_markdown(article)
    root = render(markdown)
    assert normalized(root.text_content()) == normalized(" ".join(b.text for b in article.body))
    assert not root.xpath("//img|//pre|//hr|//ul|//ol|//table|//h1")
    possible = {(text, RENDERER.normalizeLink(href)) for text, href in expected_links(article.body)}
    for text, href in shown_links(root, False):
        assert href.startswith(("https:", "mailto:", "/")), href
        assert (text, href) in possible
    # Properly nested links are all kept: in a body whose links do not cross anything, every one shows.
    html = lxml.html.document_fromstring(articlekit.serialize(article, "html"))
    for a in html.iter("a"):
        assert a.get("href", "").startswith(("https:", "mailto:", "/")), a.get("href")


@SETTINGS
@given(texts, st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30), kinds), max_size=5))
def test_disjoint_or_nested_spans_all_show(text: str, cuts: list[tuple[int, int, str]]) -> None:
    """Spans that a nesting can hold, over words: every link shows, with its anchor text."""
    text = Paragraph(text).text
    words = [w for w in text.split(" ") if w.strip()]
    if not words:
        return
    line = " ".join(f"w{i}" for i in range(len(words)))
    starts = [line.index(f"w{i}") for i in range(len(words))]
    spans = []
    for n, (a, b, kind) in enumerate(cuts):
        i, j = sorted((a % len(words), b % len(words)))
        spans.append(Span(starts[i], starts[j] + len(f"w{j}"), kind, f"https://x.example/{n}"))
    block = Paragraph(line, spans=tuple(spans))
    root = render(to_markdown(Article(body=(block,))))
    assert normalized(root.text_content()) == normalized(line)


def shown_parts(block: Block) -> str:
    if isinstance(block, ListBlock):
        return " ".join(block.items)
    if isinstance(block, Table):
        return " ".join(cell for row in block.rows for cell in row)
    return block.text


@SETTINGS
@given(st.lists(part_blocks, min_size=1, max_size=3))
def test_any_spans_in_list_items_and_table_cells_keep_the_text_exact_and_the_tables_shape(body: list[Block]) -> None:
    article = Article(body=tuple(body))
    root = render(to_markdown(article))
    assert normalized(root.text_content()) == normalized(" ".join(shown_parts(b) for b in article.body))
    possible = {(text, RENDERER.normalizeLink(href)) for text, href in expected_links(article.body)}
    for text, href in shown_links(root, False):
        assert href.startswith(("https:", "mailto:", "/")), href
        assert (text, href) in possible
    tables = [b for b in article.body if isinstance(b, Table)]
    assert [[len(row.xpath("td|th")) for row in table.iter("tr")] for table in root.iter("table")] == [
        [max(map(len, t.rows))] * (len(t.rows) + (0 if t.header else 1)) for t in tables
    ]
    assert len(root.xpath("//li")) == sum(len(b.items) for b in article.body if isinstance(b, ListBlock))
    html = lxml.html.document_fromstring(articlekit.serialize(article, "html")).find(".//article")
    assert html is not None
    assert normalized(" ".join(el.text_content() for el in html.iter("li", "td", "th"))) == normalized(
        " ".join(shown_parts(b) for b in article.body)
    )


def test_list_items_and_table_cells_show_their_links_and_formatting() -> None:
    steps = ListBlock(
        ("Check the new timetable", "1. Buy a season ticket", "Keep your card"),
        ordered=True,
        spans=(Span(10, 23, "link", "https://rail.example/t (new)"), Span(33, 46, "strong"), Span(57, 61, "code")),
    )
    table = Table(
        (("Line", "Timetable"), ("Valley", "valley.pdf | a|b  c")), header=True,
        spans=(Span(26, 36, "link", "https://rail.example/v|1.pdf"), Span(39, 42, "code"), Span(39, 45, "emphasis")),
    )
    article = Article(body=(steps, table))
    markdown = body_markdown(to_markdown(article))
    assert markdown.split("\n")[:3] == [
        "1. Check the [new timetable](<https://rail.example/t (new)>)",
        "2. 1\\. Buy a **season ticket**",
        "3. Keep your `card`",
    ]
    assert "| Valley | [valley.pdf](<https://rail.example/v\\|1.pdf>) \\| *a\\|b c* |" in markdown  # code with a "|": plain
    root = render(markdown)
    assert shown_links(root, True) == [
        ("new timetable", RENDERER.normalizeLink("https://rail.example/t (new)")),
        ("valley.pdf", RENDERER.normalizeLink("https://rail.example/v|1.pdf")),
    ]
    assert [td.text_content() for td in root.iter("td")] == ["Valley", "valley.pdf | a|b c"]
    assert [el.text_content() for el in root.iter("strong", "code", "em")] == ["season ticket", "card", "a|b c"]
    plain = render(to_markdown(article, links=False, formatting=False))
    assert not plain.xpath("//a|//strong|//code|//em")
    html = lxml.html.document_fromstring(articlekit.serialize(article, "html"))
    assert [(a.text_content(), a.get("href")) for a in html.iter("a")] == [
        ("new timetable", "https://rail.example/t (new)"), ("valley.pdf", "https://rail.example/v|1.pdf"),
    ]
    assert [el.text_content() for el in html.iter("code")] == ["card", "a|b"]
