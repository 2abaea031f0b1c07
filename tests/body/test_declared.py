"""The story's edges checked against the page's own copy of its body (JSON-LD ``articleBody``)."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

import articlekit
from articlekit.sites import BodyRule, Registry, Selector, SiteRule
from articlekit import Caption, Heading, ListBlock, Paragraph
from articlekit.body.declared import trim_to_declared_body

STORY = [
    "The county council approved its budget for next year on Tuesday evening, after a debate "
    "that ran past midnight and two amendments from the opposition benches.",
    "Spending on school transport rises by a tenth, while the road repair fund is cut back to "
    "the level of three years ago, the finance committee's chair said.",
    "Libraries keep their opening hours, reversing a proposal from the spring that would have "
    "closed the smaller branches on Saturdays and Mondays.",
    "Residents can read the full budget papers on the council's website and at every library, "
    "and may put questions to the committee at its next public meeting.",
]
DEK = "Buses for pupils, fewer road repairs: what the new budget changes for residents."
DISCLAIMER = "County Herald is not responsible for the content of external sites."
COPY = "\n\n".join(STORY)


def test_paragraphs_at_the_edges_that_the_copy_lacks_go() -> None:
    blocks = [Paragraph(DEK), *map(Paragraph, STORY), Paragraph(DISCLAIMER)]
    assert trim_to_declared_body(blocks, COPY) == [Paragraph(t) for t in STORY]


def test_the_middle_is_never_judged_by_the_copy() -> None:
    # A plain-text copy leaves out what the story sets apart in its middle: a list, a box.
    aside = ListBlock(("School transport: +10%", "Road repairs: -15%"))
    blocks = [Paragraph(STORY[0]), aside, Paragraph(STORY[1]), Paragraph(STORY[2])]
    assert trim_to_declared_body(blocks, COPY) == blocks


def test_a_partial_copy_trims_nothing() -> None:
    # A paywall's copy holds the free part only: it says nothing of the rest of the story.
    blocks = [Paragraph(DEK), *map(Paragraph, STORY)]
    assert trim_to_declared_body(blocks, "\n\n".join(STORY[:3])) == blocks


def test_a_copy_of_another_story_trims_nothing() -> None:
    other = " ".join(["The regional rail operator will run more trains on its busiest lines from April."] * 8)
    blocks = [Paragraph(DEK), *map(Paragraph, STORY)]
    assert trim_to_declared_body(blocks, other) == blocks


def test_a_copy_in_html_is_read_as_text() -> None:
    linked = [t.replace("budget", '<a href="/budget">budget</a>') for t in STORY]
    copy = "".join(f"<p>{t}</p>" for t in linked)
    blocks = [Paragraph(DEK), *map(Paragraph, STORY)]
    assert trim_to_declared_body(blocks, copy) == [Paragraph(t) for t in STORY]


def test_a_heading_stops_the_trimming_and_captions_are_passed_over() -> None:
    blocks = [Caption("The council chamber on Tuesday."), Paragraph(DEK), *map(Paragraph, STORY)]
    assert trim_to_declared_body(blocks, COPY) == [Caption("The council chamber on Tuesday."), *map(Paragraph, STORY)]
    headed = [Heading("What changes", 2), Paragraph(DEK), *map(Paragraph, STORY)]
    assert trim_to_declared_body(headed, COPY) == headed


def test_no_copy_trims_nothing() -> None:
    blocks = [Paragraph(DEK), *map(Paragraph, STORY)]
    assert trim_to_declared_body(blocks, None) == blocks
    assert trim_to_declared_body(blocks, "") == blocks


def _page(copy: str | None) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council approves budget"}
    if copy is not None:
        data["articleBody"] = copy
    paragraphs = "".join(f"<p>{t}</p>" for t in STORY)
    return f"""<html><head><script type="application/ld+json">{json.dumps(data)}</script></head>
<body><article><h1>Council approves budget</h1><div class="article-body"><p>{DEK}</p>{paragraphs}
<p>{DISCLAIMER}</p></div></article></body></html>"""


def test_extract_trims_the_generic_body_to_the_declared_copy() -> None:
    assert articlekit.extract(_page(COPY)).paragraphs == tuple(STORY)
    assert articlekit.extract(_page(None)).paragraphs == (DEK, *STORY, DISCLAIMER)


_SENTENCE = st.lists(st.sampled_from("budget council school road library tax spring vote park night".split()), min_size=3, max_size=12).map(
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


def test_a_site_rules_body_is_not_trimmed() -> None:
    # The rule says where the story is: the copy does not overrule it.
    rule = SiteRule("herald", ("herald.example",), body=BodyRule(containers=(Selector("div.article-body"),)))
    options = articlekit.Options(registry=Registry([rule], builtins=False, plugins=False))
    article = articlekit.extract(_page(COPY), url="https://herald.example/budget", options=options)
    assert article.paragraphs == (DEK, *STORY, DISCLAIMER)
    assert article.provenance["body"].startswith("site:herald:")
