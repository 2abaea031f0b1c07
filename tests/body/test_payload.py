"""A page its scripts render: the story's HTML read from a script's data, and only then."""

from __future__ import annotations

import json

import articlekit
from articlekit import Heading, Paragraph

HEADLINE = "Harbour authority approves a second container terminal"
PARAGRAPHS = (
    "The harbour authority approved a second container terminal on Thursday, ending a planning "
    "dispute that had run for almost four years and divided the town council.",
    "Construction is due to start in the autumn, and the authority expects the first ships to "
    "berth at the new quay within three years, if the dredging permits arrive on time.",
    "Residents near the docks, who had campaigned against the plans, said they would study the "
    "conditions attached to the permit before deciding whether to appeal the decision.",
)
STORY_HTML = (
    f"<p>{PARAGRAPHS[0]}</p><h2>What happens next</h2>"
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])
)


def page(script: str, body: str = '<div id="root"></div>') -> str:
    return f"""<html><head><title>{HEADLINE} | Harbour News</title>
<meta property="og:title" content="{HEADLINE}"></head>
<body>{body}<script>{script}</script></body></html>"""


def state(content: str, title: str = HEADLINE) -> str:
    data = json.dumps({"article": {"title": title, "content": content}})
    return f"window.__STATE__ = {data};"


def test_the_story_is_read_from_the_data_of_the_script_that_carries_the_headline() -> None:
    article = articlekit.extract(page(state(STORY_HTML)))
    assert article.body == (Paragraph(PARAGRAPHS[0]), Heading("What happens next", 2), *map(Paragraph, PARAGRAPHS[1:]))
    assert article.provenance["body"] == "script"


def test_escaped_markup_and_headline_are_read_too() -> None:
    escaped = json.dumps({"title": HEADLINE.replace(" ", "\u00a0", 1), "html": STORY_HTML}, ensure_ascii=True)
    escaped = escaped.replace("<", "\\u003c").replace(">", "\\u003e")
    article = articlekit.extract(page(f"self.__next_f.push({escaped})"))
    assert [b.text for b in article.body if isinstance(b, Paragraph)] == list(PARAGRAPHS)


def test_a_script_without_the_headline_gives_no_story() -> None:
    # An ad's or a widget's template with paragraphs is not the story.
    article = articlekit.extract(page(state(STORY_HTML, title="Sponsored: cruises this summer")))
    assert article.body == ()
    assert article.not_article_reason is not None


def test_a_string_with_fewer_paragraphs_than_a_story_is_not_one() -> None:
    teaser = f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]} {PARAGRAPHS[2]} {PARAGRAPHS[0]}</p>"
    assert articlekit.extract(page(state(teaser))).body == ()


def test_a_page_with_its_story_in_the_markup_never_reads_its_scripts() -> None:
    markup = "<article>" + "".join(f"<p>{p} It was the third vote on the plan.</p>" for p in PARAGRAPHS) + "</article>"
    article = articlekit.extract(page(state(STORY_HTML), body=markup))
    assert [b.text for b in article.body] == [f"{p} It was the third vote on the plan." for p in PARAGRAPHS]
    assert article.provenance["body"] == "heuristic"


def test_data_that_json_cannot_read_is_passed_over() -> None:
    # "\x3c" is JavaScript's escape for "<", unknown to JSON: the string is skipped, not a crash.
    script = 'window.__STATE__ = {"title": "' + HEADLINE + '", "html": "' + "\\x3cp\\x3e".join(PARAGRAPHS * 3) + '<p>x</p><p>y</p><p>z</p>"};'
    assert articlekit.extract(page(script)).body == ()
