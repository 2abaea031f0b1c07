"""The story's edges checked against the page's own copy of its body (JSON-LD ``articleBody``)."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

import articlekit
from articlekit import Caption, Heading, ListBlock, Paragraph
from articlekit.body.declared import trim_to_declared_body

STORY = [
    "The regional rail operator said on Monday that the new timetable, agreed after months of "
    "talks with unions and councils, would take effect in the spring and cover every line.",
    "Passengers on the busiest routes will see trains every fifteen minutes at peak times, "
    "while quieter branch lines keep an hourly service with later last departures.",
    "Consultation on the plan closes at the end of the month, and the operator has promised "
    "to publish every response it receives, along with its reasons for any changes.",
    "Unions welcomed the later departures but said the operator still had to recruit more "
    "drivers before the busiest lines could run every fifteen minutes all day.",
]
DEK = "More trains, later departures: what the spring timetable changes for commuters."
DISCLAIMER = "Valley Times is not responsible for the content of external sites."
COPY = "\n\n".join(STORY)


def test_paragraphs_at_the_edges_that_the_copy_lacks_go() -> None:
    blocks = [Paragraph(DEK), *map(Paragraph, STORY), Paragraph(DISCLAIMER)]
    assert trim_to_declared_body(blocks, COPY) == [Paragraph(t) for t in STORY]


def test_the_middle_is_never_judged_by_the_copy() -> None:
    # A plain-text copy leaves out what the story sets apart in its middle: a list, a box.
    aside = ListBlock(("Line 1: every 15 minutes", "Line 2: every 30 minutes"))
    blocks = [Paragraph(STORY[0]), aside, Paragraph(STORY[1]), Paragraph(STORY[2])]
    assert trim_to_declared_body(blocks, COPY) == blocks


def test_a_partial_copy_trims_nothing() -> None:
    # A paywall's copy holds the free part only: it says nothing of the rest of the story.
    blocks = [Paragraph(DEK), *map(Paragraph, STORY)]
    assert trim_to_declared_body(blocks, "\n\n".join(STORY[:3])) == blocks


def test_a_copy_of_another_story_trims_nothing() -> None:
    other = " ".join(["Council tax will rise by three per cent from April, the finance committee said."] * 8)
    blocks = [Paragraph(DEK), *map(Paragraph, STORY)]
    assert trim_to_declared_body(blocks, other) == blocks


def test_a_copy_in_html_is_read_as_text() -> None:
    linked = [t.replace("timetable", '<a href="/timetable">timetable</a>') for t in STORY]
    copy = "".join(f"<p>{t}</p>" for t in linked)
    blocks = [Paragraph(DEK), *map(Paragraph, STORY)]
    assert trim_to_declared_body(blocks, copy) == [Paragraph(t) for t in STORY]


def test_a_heading_stops_the_trimming_and_captions_are_passed_over() -> None:
    blocks = [Caption("The new trains at Millbrook."), Paragraph(DEK), *map(Paragraph, STORY)]
    assert trim_to_declared_body(blocks, COPY) == [Caption("The new trains at Millbrook."), *map(Paragraph, STORY)]
    headed = [Heading("What changes", 2), Paragraph(DEK), *map(Paragraph, STORY)]
    assert trim_to_declared_body(headed, COPY) == headed


def test_no_copy_trims_nothing() -> None:
    blocks = [Paragraph(DEK), *map(Paragraph, STORY)]
    assert trim_to_declared_body(blocks, None) == blocks
    assert trim_to_declared_body(blocks, "") == blocks


def _page(copy: str | None) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "New rail timetable"}
    if copy is not None:
        data["articleBody"] = copy
    paragraphs = "".join(f"<p>{t}</p>" for t in STORY)
    return f"""<html><head><script type="application/ld+json">{json.dumps(data)}</script></head>
<body><article><h1>New rail timetable</h1><div class="article-body"><p>{DEK}</p>{paragraphs}
<p>{DISCLAIMER}</p></div></article></body></html>"""


def test_extract_trims_the_generic_body_to_the_declared_copy() -> None:
    assert articlekit.extract(_page(COPY)).paragraphs == tuple(STORY)
    assert articlekit.extract(_page(None)).paragraphs == (DEK, *STORY, DISCLAIMER)


_SENTENCE = st.lists(st.sampled_from("rail bus fare line depot council spring union driver night".split()), min_size=3, max_size=12).map(
    lambda words: " ".join(words).capitalize() + "."
)


@given(st.lists(st.tuples(_SENTENCE, st.booleans()), min_size=1, max_size=12))
def test_trimming_keeps_what_the_copy_holds_and_takes_from_the_edges_only(parts: list[tuple[str, bool]]) -> None:
    blocks = [Paragraph(text) for text, _ in parts]
    copy = "\n\n".join(text for text, in_copy in parts if in_copy)
    kept = list(trim_to_declared_body(blocks, copy))
    # An in-order run of the blocks: something may go from either end, nothing from between.
    start = next((i for i in range(len(blocks)) if blocks[i : i + len(kept)] == kept), None)
    assert start is not None
    assert all(block in kept for block in blocks if block.text in copy)
