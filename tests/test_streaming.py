"""A page sent in parts by React's streaming renderer reads as the reader sees it."""

from __future__ import annotations

from hypothesis import given
from lxml import etree
from hypothesis import strategies as st

import articlekit
from articlekit import Heading, Paragraph
from articlekit.dom.parse import parse
from articlekit.dom.streaming import place_streamed_parts
from articlekit.dom.text import element_text

PARAGRAPHS = [
    "Index funds track a market index, such as the S&P 500, instead of picking stocks one by one.",
    "Their fees are low because nobody is paid to choose what they hold, and that adds up over decades.",
    "Most can be bought through any brokerage account, often with no minimum investment at all.",
    "Taxes depend on the account: gains inside a retirement account are not taxed until withdrawn.",
]

# How a Next.js page arrives: the story's shell with placeholders and "Loading..." fallbacks,
# then the parts, hidden, after the footer, each with the script that would move it.
STREAMED_PAGE = f"""<!DOCTYPE html><html lang="en"><head><title>What are index funds? | Money Desk</title></head>
<body><header><a href="/">Money Desk</a></header>
<main><article><h1>What are index funds?</h1>
<div class="article-body"><template id="B:0"></template><div>Loading paragraph...</div>
<template id="B:1"></template><div>Loading paragraph...</div></div>
</article></main>
<footer><p>© 2026 Money Desk</p></footer>
<div hidden id="S:0"><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></div>
<script>$RC("B:0","S:0")</script>
<div hidden id="S:1"><h2>How to buy them</h2><p>{PARAGRAPHS[2]}</p><template id="P:2"></template></div>
<script>$RC("B:1","S:1")</script>
<div hidden id="S:2"><p>{PARAGRAPHS[3]}</p></div>
<script>$RS("S:2","P:2")</script>
</body></html>"""


def test_streamed_parts_make_the_story_whole_and_in_order() -> None:
    article = articlekit.extract(STREAMED_PAGE)
    assert article.body == (
        Paragraph(PARAGRAPHS[0]),
        Paragraph(PARAGRAPHS[1]),
        Heading("How to buy them", 2),
        Paragraph(PARAGRAPHS[2]),
        Paragraph(PARAGRAPHS[3]),
    )


def test_the_parts_are_placed_without_their_scripts() -> None:
    # Saved copies of pages often lack the scripts: the parts' numbers are enough.
    page = STREAMED_PAGE.replace('<script>$RC("B:0","S:0")</script>', "").replace(
        '<script>$RS("S:2","P:2")</script>', ""
    )
    assert articlekit.extract(page).body[-1] == Paragraph(PARAGRAPHS[3])


def test_text_around_the_placeholder_and_in_the_part_keeps_its_place() -> None:
    root = parse(
        '<html><body><p>Before <template id="P:4"></template> after.</p>'
        '<div hidden id="S:4">middle <b>bold</b> end</div></body></html>'
    )
    place_streamed_parts(root)
    assert element_text(root.find("body/p")) == "Before middle bold end after."
    assert root.find("body/div") is None


def test_a_page_that_was_not_streamed_is_left_alone() -> None:
    html = '<html><body><template id="row"><p>Row</p></template><div hidden id="S:1"><p>Kept hidden</p></div></body></html>'
    root = parse(html)
    before = [el.tag for el in root.iter()]
    place_streamed_parts(root)
    assert [el.tag for el in root.iter()] == before


def test_a_placeholder_the_parser_set_inside_a_script_is_not_filled() -> None:
    # libxml2 sometimes nests what follows an unclosed script inside it; a browser would not.
    root = parse('<html><body><script>var a;</script><div hidden id="S:7"><p>Part</p></div></body></html>')
    etree.SubElement(root.find("body/script"), "template", id="B:7")
    place_streamed_parts(root)
    assert root.find("body/div/p") is not None


@given(st.permutations(range(4)), st.booleans())
def test_parts_in_any_order_lose_no_text(order: list[int], with_labels: bool) -> None:
    label = "<span>Loading...</span>" if with_labels else ""
    shell = "".join(f'<template id="B:{i}"></template>{label}' for i in range(4))
    parts = "".join(f'<div hidden id="S:{i}"><p>{PARAGRAPHS[i]}</p></div>' for i in order)
    root = parse(f"<html><body><div class='story'>{shell}</div>{parts}</body></html>")
    place_streamed_parts(root)
    story = root.find("body/div")
    assert [element_text(p) for p in story.iter("p")] == PARAGRAPHS
    assert "Loading" not in element_text(story)
