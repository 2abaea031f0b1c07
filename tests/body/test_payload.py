"""A page its scripts render: the story's HTML read from a script's data, and only then."""

from __future__ import annotations

import json

import articlekit
from articlekit import Heading, Paragraph

HEADLINE = "Mountain railway reopens after a winter of repairs"
PARAGRAPHS = (
    "The mountain railway reopened on Saturday after five months of repairs to the track that "
    "a rockfall had cut in November, and the first train left the valley station full.",
    "Engineers rebuilt two hundred metres of the line and added a steel net above the cutting, "
    "which the operator says will hold back stones of up to a tonne in future storms.",
    "Hotels at the top station, which had stayed open for walkers all winter, said bookings for "
    "the summer had doubled since the reopening date was announced in March.",
)
STORY_HTML = (
    f"<p>{PARAGRAPHS[0]}</p><h2>What was rebuilt</h2>"
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])
)


def page(script: str, body: str = '<div id="root"></div>') -> str:
    return f"""<html><head><title>{HEADLINE} | Alpine Times</title>
<meta property="og:title" content="{HEADLINE}"></head>
<body>{body}<script>{script}</script></body></html>"""


def state(content: str, title: str = HEADLINE) -> str:
    data = json.dumps({"article": {"title": title, "content": content}})
    return f"window.__STATE__ = {data};"


def test_the_story_is_read_from_the_data_of_the_script_that_carries_the_headline() -> None:
    article = articlekit.extract(page(state(STORY_HTML)))
    assert article.body == (Paragraph(PARAGRAPHS[0]), Heading("What was rebuilt", 2), *map(Paragraph, PARAGRAPHS[1:]))
    assert article.provenance["body"] == "script"


def test_escaped_markup_and_headline_are_read_too() -> None:
    escaped = json.dumps({"title": HEADLINE.replace(" ", "\u00a0", 1), "html": STORY_HTML}, ensure_ascii=True)
    escaped = escaped.replace("<", "\\u003c").replace(">", "\\u003e")
    article = articlekit.extract(page(f"self.__next_f.push({escaped})"))
    assert [b.text for b in article.body if isinstance(b, Paragraph)] == list(PARAGRAPHS)


def test_a_script_without_the_headline_gives_no_story() -> None:
    # An ad's or a widget's template with paragraphs is not the story.
    article = articlekit.extract(page(state(STORY_HTML, title="Sponsored: lake cruises this summer")))
    assert article.body == ()
    assert article.not_article_reason is not None


def test_a_string_with_fewer_paragraphs_than_a_story_is_not_one() -> None:
    teaser = f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]} {PARAGRAPHS[2]} {PARAGRAPHS[0]}</p>"
    assert articlekit.extract(page(state(teaser))).body == ()


def test_a_page_with_its_story_in_the_markup_never_reads_its_scripts() -> None:
    markup = "<article>" + "".join(f"<p>{p} Tickets went on sale in April.</p>" for p in PARAGRAPHS) + "</article>"
    article = articlekit.extract(page(state(STORY_HTML), body=markup))
    assert [b.text for b in article.body] == [f"{p} Tickets went on sale in April." for p in PARAGRAPHS]
    assert article.provenance["body"] == "heuristic"


def test_data_that_json_cannot_read_is_passed_over() -> None:
    # "\x3c" is JavaScript's escape for "<", unknown to JSON: the string is skipped, not a crash.
    script = 'window.__STATE__ = {"title": "' + HEADLINE + '", "html": "' + "\\x3cp\\x3e".join(PARAGRAPHS * 3) + '<p>x</p><p>y</p><p>z</p>"};'
    assert articlekit.extract(page(script)).body == ()
