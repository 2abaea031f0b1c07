"""Inline spans, figures and embeds in the body: what ``extract`` lays over the blocks' text
(links made absolute, emphasis, strong, code), and the pictures and embedded frames it puts
where they stood, without changing a character of the text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import articlekit
from articlekit import Embed, Figure, Paragraph, Span
from articlekit.body.figures import image_address, srcset_candidates
from articlekit.body.inline import link_target

from test_blocks import AFTER, BEFORE, STORY, full_body_with

URL = "https://valleytimes.example/transport/2025/03/new-timetable"


def added(fragment: str, url: str | None = URL) -> list[object]:
    body = full_body_with(fragment, url)
    texts = {b.text for b in STORY}
    assert [b.text for b in body if b.text in texts] == [b.text for b in STORY], body
    return [b for b in body if b.text not in texts]


def test_links_emphasis_and_code_become_spans_over_the_unchanged_text() -> None:
    [block] = added(
        "<p>The <a href='/transport/fares'>new fares</a> are <em>lower</em> for <strong>season "
        "tickets</strong>; the app shows them under <code>Fares &gt; 2025</code>, says "
        "<a href='https://rail.example/press'>the operator</a>.</p>"
    )
    assert isinstance(block, Paragraph)
    assert block.text == "The new fares are lower for season tickets; the app shows them under Fares > 2025, says the operator."
    shown = [(block.text[s.start : s.end], s.kind, s.href) for s in block.spans]
    assert shown == [
        ("new fares", "link", "https://valleytimes.example/transport/fares"),
        ("lower", "emphasis", None),
        ("season tickets", "strong", None),
        ("Fares > 2025", "code", None),
        ("the operator", "link", "https://rail.example/press"),
    ]


def test_a_link_in_bold_gives_two_spans_over_the_same_words() -> None:
    [block] = added("<p>Read the <b><a href='/report.pdf'>full report</a></b> on the council's site today.</p>")
    assert [(block.text[s.start : s.end], s.kind) for s in block.spans] == [("full report", "strong"), ("full report", "link")]


def test_links_that_go_nowhere_a_reader_can_follow_give_no_span() -> None:
    [block] = added(
        "<p>Share this <a href='javascript:share()'>story</a> or <a href='tel:+441234'>call us</a> "
        "about the <a href='data:text/html,x'>timetable</a> changes and the <a>new</a> routes.</p>"
    )
    assert block.text.startswith("Share this story or call us")
    assert block.spans == ()


def test_a_link_to_hash_alone_is_a_scripts_hook_not_a_link() -> None:
    [block] = added(
        "<ul><li><a href='#' class='toggle'>Where do the new trains stop?</a> At every station on the valley line.</li>"
        "<li>See the <a href='#stops'>list of stops</a> below and the <a href=' # '>map</a> for details.</li></ul>"
    )
    assert [(block.text[s.start : s.end], s.href) for s in block.spans] == [("list of stops", URL + "#stops")]


def test_the_same_words_linked_twice_give_each_its_own_place() -> None:
    [block] = added(
        "<p>The <a href='/a'>line</a> to the coast and the <a href='/b'>line</a> to the hills both run "
        "every half hour from May.</p>"
    )
    assert [(s.start, s.href) for s in block.spans] == [
        (4, "https://valleytimes.example/a"), (30, "https://valleytimes.example/b"),
    ]


def test_two_links_with_the_same_words_in_one_emphasis_each_keep_their_place() -> None:
    [block] = added(
        "<p><em>Read how the new fares were set <a href='/fares'>here</a>, and how the timetable was "
        "drawn up <a href='/timetable'>here</a>.</em></p>"
    )
    assert [(s.start, s.kind, s.href) for s in block.spans] == [
        (0, "emphasis", None), (32, "link", "https://valleytimes.example/fares"),
        (block.text.rindex("here"), "link", "https://valleytimes.example/timetable"),
    ]


def test_a_page_base_element_is_what_relative_links_are_read_against() -> None:
    page = f"""<html><head><base href="https://cdn.valleytimes.example/archive/"></head><body><article>
<h1>New rail timetable</h1>{BEFORE}<p>See the <a href="maps/lines.html">new map</a> of every line in the region.</p>{AFTER}
</article></body></html>"""
    block = articlekit.extract(page, url=URL).body[2]
    assert [s.href for s in block.spans] == ["https://cdn.valleytimes.example/archive/maps/lines.html"]


def test_without_a_url_a_relative_link_stays_relative() -> None:
    [block] = added("<p>See the <a href='/maps'>new map</a> of every line in the region for details.</p>", url=None)
    assert [s.href for s in block.spans] == ["/maps"]


def test_a_figure_is_a_block_where_it_stood_with_its_caption_and_credit() -> None:
    body = full_body_with(
        "<figure><img src='data:image/gif;base64,R0lGOD' data-src='/img/train-800.jpg' "
        "data-srcset='/img/train-800.jpg 800w, /img/train-1600.jpg 1600w' alt='A new train' width='1600' height='900'>"
        "<figcaption>A new train at Valley Central. <span class='credit'>Photo: Ana Lima</span></figcaption></figure>",
        URL,
    )
    assert [b.kind for b in body] == ["paragraph", "paragraph", "figure", "paragraph"]
    assert body[2] == Figure(
        "https://valleytimes.example/img/train-1600.jpg", alt="A new train", caption="A new train at Valley Central.",
        credit="Photo: Ana Lima", width=1600, height=900,
    )
    text = articlekit.Article(body=body).text
    assert "Valley Central" not in text and "\n\n\n" not in text  # a figure adds no text, its caption neither


@pytest.mark.parametrize(
    "picture",
    [
        "<img src='/pixel.gif' width='1' height='1'>",
        "<img class='emoji' src='/smile.png' alt=':)'>",
        "<img src='data:image/png;base64,iVBORw0KGgo='>",
        "<img class='author-avatar' src='/staff/ana.jpg'>",
    ],
)
def test_pixels_emoji_placeholders_and_portraits_are_not_figures(picture: str) -> None:
    assert added(f"<p>{picture}</p>") == []


def test_a_video_frame_and_a_quoted_post_are_embeds() -> None:
    blocks = added(
        "<p><iframe src='https://www.youtube-nocookie.com/embed/abc123' width='560'></iframe></p>"
        "<iframe src='https://googleads.g.doubleclick.net/pagead/ads'></iframe>"
        "<blockquote class='twitter-tweet'><p>Trains every 15 minutes from May!</p>&mdash; Valley Rail "
        "(@valleyrail) <a href='https://twitter.com/valleyrail/status/42'>March 3, 2025</a></blockquote>"
    )
    assert blocks == [
        Embed("https://www.youtube-nocookie.com/embed/abc123", "youtube"),
        Embed(
            "https://twitter.com/valleyrail/status/42", "twitter",
            "Trains every 15 minutes from May!\n— Valley Rail (@valleyrail) March 3, 2025",
        ),
    ]


@pytest.mark.parametrize(
    ("srcset", "expected"),
    [
        ("a.jpg 480w, b.jpg 1080w", [("a.jpg", 480.0), ("b.jpg", 1080.0)]),
        ("https://img.example/fetch/w_480,h_320,c_fill/a.jpg 480w, https://img.example/fetch/w_960/a.jpg 960w",
         [("https://img.example/fetch/w_480,h_320,c_fill/a.jpg", 480.0), ("https://img.example/fetch/w_960/a.jpg", 960.0)]),
        ("a.jpg, b.jpg 2x", [("a.jpg", 0.0), ("b.jpg", 2000.0)]),
        ("a.jpg 1x,b.jpg 2x", [("a.jpg", 1000.0), ("b.jpg", 2000.0)]),
        ("", []),
    ],
)
def test_srcset_is_read_as_html_reads_it(srcset: str, expected: list[tuple[str, float]]) -> None:
    assert srcset_candidates(srcset) == expected


def test_the_largest_candidate_of_a_picture_element_is_its_address() -> None:
    from articlekit.dom.parse import parse

    root = parse("<html><body><picture><source srcset='/a-640.webp 640w, /a-1280.webp 1280w'><img src='/a-320.jpg'></picture></body></html>")
    assert image_address(next(root.iter("img"))) == "/a-1280.webp"


@settings(max_examples=200)
@given(st.text(max_size=60), st.sampled_from([None, URL, "not a url"]))
def test_no_address_raises_and_none_is_a_script(href: str, base: str | None) -> None:
    target = link_target(href, base)
    assert target is None or not target.strip().lower().startswith(("javascript:", "data:", "vbscript:"))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["<a href='/x'>", "</a>", "<b>", "</b>", "<em>", "</em>", " word", "&amp;", "<br>", " "]), max_size=30))
def test_spans_always_lie_within_their_block_text(pieces: list[str]) -> None:
    page = f"<html><body><article><h1>Title</h1>{BEFORE}<p>Lead words {''.join(pieces)} closing words of the paragraph here.</p>{AFTER}</article></body></html>"
    for block in articlekit.extract(page, url=URL).body:
        for span in getattr(block, "spans", ()):
            assert isinstance(span, Span) and 0 <= span.start <= span.end <= len(block.text)
            assert block.text[span.start : span.end].strip()


@pytest.mark.parametrize("opening", ["<p>By Ana Lima</p>", "<p>Updated 3 March 2025, 10:42</p>", "<p>3 March 2025</p>"])
def test_a_lead_picture_stays_before_the_story_when_the_line_under_it_is_tidied_away(opening: str) -> None:
    page = (
        "<html><head><title>New rail timetable</title><meta name='author' content='Ana Lima'></head><body><main>"
        "<article><h1>New rail timetable brings more trains to busy routes</h1><div class='article-body'>"
        f"<figure><img src='/img/train-1200.jpg' width='1200' height='800' alt='A new train'></figure>{opening}"
        f"{BEFORE}{AFTER}</div></article></main></body></html>"
    )
    body = articlekit.extract(page, url=URL).body
    assert [b.kind for b in body] == ["figure", "paragraph", "paragraph", "paragraph"]
    assert body[0] == Figure("https://valleytimes.example/img/train-1200.jpg", alt="A new train", width=1200, height=800)


def test_a_picture_set_in_a_heading_is_a_figure_before_it() -> None:
    blocks = added(
        "<h2><img src='/img/map-lines.png' width='900' height='500' alt='Map of the lines'></h2>"
        "<h3><img src='/img/branch.jpg' width='640' height='360' alt=''>Branch lines</h3>"
    )
    assert blocks == [
        Figure("https://valleytimes.example/img/map-lines.png", alt="Map of the lines", width=900, height=500),
        Figure("https://valleytimes.example/img/branch.jpg", width=640, height=360),
        articlekit.Heading("Branch lines", 3),
    ]


def test_a_picture_in_a_linked_heading_of_a_teaser_is_not_a_figure() -> None:
    assert added(
        "<h3><a href='/sport/derby'><img src='/img/derby.jpg' width='640' height='360'>Derby day in pictures</a></h3>"
    ) == []


def test_list_items_and_table_cells_get_their_spans_over_the_unchanged_text() -> None:
    [steps, table] = added(
        "<ol><li>Check the <a href='/transport/timetable'>new timetable</a> before you travel</li>"
        "<li>Buy a <strong>season ticket</strong> from the app</li><li>Keep your old card until May</li></ol>"
        "<table><tr><th>Line</th><th>Trains an hour</th><th>Timetable</th></tr>"
        "<tr><td>Valley</td><td>4 <em>(was 2)</em></td><td><a href='/pdf/valley.pdf'>valley.pdf</a> | <code>V1</code></td></tr>"
        "<tr><td>Hill</td><td>1</td><td>none</td></tr></table>"
    )
    assert isinstance(steps, articlekit.ListBlock) and isinstance(table, articlekit.Table)
    assert steps.items == ("Check the new timetable before you travel", "Buy a season ticket from the app", "Keep your old card until May")
    assert [(steps.text[s.start : s.end], s.kind, s.href) for s in steps.spans] == [
        ("new timetable", "link", "https://valleytimes.example/transport/timetable"),
        ("season ticket", "strong", None),
    ]
    assert [[item[s.start : s.end] for s in spans] for item, spans in zip(steps.items, steps.item_spans)] == [
        ["new timetable"], ["season ticket"], [],
    ]
    assert table.rows[1] == ("Valley", "4 (was 2)", "valley.pdf | V1")  # a cell's own "|" stays in its text
    assert [(table.text[s.start : s.end], s.kind, s.href) for s in table.spans] == [
        ("(was 2)", "emphasis", None),
        ("valley.pdf", "link", "https://valleytimes.example/pdf/valley.pdf"),
        ("V1", "code", None),
    ]
    cells = [[[cell[s.start : s.end] for s in spans] for cell, spans in zip(row, row_spans)] for row, row_spans in zip(table.rows, table.cell_spans)]
    assert cells == [[[], [], []], [[], ["(was 2)"], ["valley.pdf", "V1"]], [[], [], []]]
