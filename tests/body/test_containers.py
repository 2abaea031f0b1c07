"""Which container holds the story: what the scoring's widening may and may not take in."""

from __future__ import annotations

import pytest

import articlekit
from articlekit import Paragraph

STORY = (
    "The harbour authority approved a second container terminal on Thursday, ending a planning "
    "dispute that had run for almost four years and divided the town council.",
    "Construction is due to start in the autumn, and the authority expects the first ships to "
    "berth at the new quay within three years, if the dredging permits arrive on time.",
    "Residents near the docks, who had campaigned against the plans, said they would study the "
    "conditions attached to the permit before deciding whether to appeal the decision.",
)

PROMOS = "".join(
    f"<li><a href='/news/{n}'><h3>{title}</h3></a><p>{teaser}</p></li>"
    for n, (title, teaser) in enumerate(
        (
            ("Ferry timetable", "The island ferry adds a late sailing on Fridays through the summer, after a "
             "year in which the last boat was full on most weekends and some passengers were turned away."),
            ("School meals", "Every primary school in the district will serve free lunches from September, the "
             "council said, paid for by a levy that the finance committee agreed by a narrow margin."),
            ("Coastal path", "A stretch of the coastal path closed by a landslip in March reopens next week, "
             "with a new fence on the cliff edge and a diversion around the worst of the damage."),
            ("Fish market", "Traders at the old fish market say a rent rise will force half of the stalls to "
             "close, and have asked the harbour authority to phase it in over several years instead."),
        )
    )
)


def test_the_story_is_not_widened_past_its_own_article() -> None:
    # The page's wrapper holds more text than the story (the home page's promos below it), but
    # what lies outside the <article> that carries the headline is another part of the page.
    page = f"""<html><head><title>Second terminal approved | Harbour News</title></head><body>
<div id="screen"><div class="g g4">
<article><header><h1>Second container terminal approved after four-year dispute</h1></header>
<div class="formatted"><section>{"".join(f"<p>{p}</p>" for p in STORY)}</section></div></article>
</div>
<div class="g g6"><div class="head4">Now on our home page</div><section><ol>{PROMOS}</ol></section></div>
</div></body></html>"""
    assert articlekit.extract(page).body == tuple(Paragraph(p) for p in STORY)


LONG_RUN = (
    "The harbour authority approved a second container terminal on Thursday, ending a planning "
    "dispute that had run for almost four years and divided the town council, after a final "
    "hearing in which the authority's chair promised that the dredging would be monitored by an "
    "independent panel, that lorries would be kept off the old town's streets at night, and that "
    "the first jobs at the new quay would go to people who live in the district."
)
SHORT_RUN = (
    "Residents near the docks, who had campaigned against the plans, said they would study the "
    "conditions attached to the permit before deciding whether to appeal, and asked the council "
    "to publish the panel's reports in full, along with the noise readings taken at the quay "
    "every month and the names of the firms that win the dredging contracts."
)


def test_a_story_split_around_inline_elements_is_joined_through_its_article() -> None:
    # Each run of story text sits in its own wrappers between a picture and an ad; the article
    # that carries the headline holds them all, though not twice the longest run's text.
    chunks = "<figure><img src='/dock.jpg'></figure>".join(
        f"<div class='inline-text'><div class='text-container'><div><p>{run}</p></div></div></div>"
        for run in (LONG_RUN, SHORT_RUN)
    )
    page = f"""<html><head><title>Second terminal approved | Harbour News</title></head><body><main>
<article class="article-body"><h1>Second container terminal approved after four-year dispute</h1>
<div class="body-wrapper">{chunks}</div></article>
<aside class="more"><p>Sign up for our weekly newsletter about life on the coast.</p></aside>
</main></body></html>"""
    assert articlekit.extract(page).paragraphs == (LONG_RUN, SHORT_RUN)


def test_first_paragraphs_left_beside_a_read_all_wrapper_join_it() -> None:
    # The template sets each paragraph in a div of its own, and moves all but the first into
    # a "read all" wrapper: the first, beside the wrapper and like its paragraphs, is the story's.
    first = "The vote was close, and the chair had to cast the deciding ballot after a long evening of debate."
    rest = [f"{p} ({n})" for n in range(3) for p in STORY]
    page = f"""<html><head><title>Second terminal approved | Harbour News</title></head><body>
<article><h1>Second container terminal approved after four-year dispute</h1>
<section class="body-text"><div class="container">
<div class="graf">{first}</div>
<div class="read-all">{"".join(f'<div class="graf">{p}</div>' for p in rest)}</div>
</div></section></article>
<aside class="rail"><p>Sign up for our weekly newsletter about life on the coast.</p></aside>
</body></html>"""
    assert articlekit.extract(page).body == tuple(Paragraph(p) for p in [first, *rest])


def test_a_part_of_the_winners_own_component_joins_it_however_little_it_scores() -> None:
    # A rich-text editor's body split in two around an embed: the smaller part carries the
    # winner's classes (with a modifier of its own) and holds one paragraph.
    rest = [f"{p} ({n})" for n in range(4) for p in STORY]
    intro = "The decision came after a public hearing that ran late into the night, the authority said."
    page = f"""<html><head><title>Second terminal approved | Harbour News</title></head><body>
<main><div class="post"><h1>Second container terminal approved after four-year dispute</h1>
<div class="rich-text intro"><p>{intro}</p></div>
<div class="map-embed"><a href="/map">Map of the quay</a></div>
<div class="rich-text">{"".join(f"<p>{p}</p>" for p in rest)}</div>
<div class="related-posts"><p>More coverage of the harbour and the council's plans for the town.</p></div>
</div></main></body></html>"""
    assert articlekit.extract(page).body == tuple(Paragraph(p) for p in [intro, *rest])


def test_the_body_the_page_declares_is_believed_over_a_chunk_of_it() -> None:
    # The first paragraph is set apart (to carry the agency's credit) and the rest sits in a
    # "read all" wrapper: the scoring alone takes the wrapper, the microdata names the whole.
    rest = "".join(
        f"<p>Paragraph {n} of the report says the depot will add {n * 10} jobs over the next decade, "
        "according to the operator's plans filed with the council this week.</p>"
        for n in range(1, 7)
    )
    page = f"""<html><body><article><h1>Depot to bring hundreds of jobs</h1>
<div itemprop="articleBody"><div class="lead-media"><p><cite>(VT)</cite> The new rail depot at
Millbrook will employ <a href="/depot">hundreds of fitters and electricians</a>, the operator said.</p></div>
<div class="promo-embed"><a href="/newsletter">Get the morning briefing</a></div>
<div class="read-all">{rest}</div></div></article></body></html>"""
    body = articlekit.extract(page).body
    assert body[0].text.startswith("(VT) The new rail depot at Millbrook will employ hundreds")
    assert len(body) == 7


CONSENT_TEXT = (
    "We and our partners use cookies and similar technologies to store and access information on "
    "your device, to measure how our pages are used and to show you personalised advertising.",
    "You can accept all of them, refuse those that are not strictly necessary, or choose which "
    "purposes you agree to, and you can change your mind at any time from the privacy settings.",
    "Some of our partners process your data on the basis of their legitimate interest, which you "
    "may object to by opening the list of vendors, reading their policies and switching them off.",
    "Your choices apply to this site only, are stored for thirteen months, and are shared with the "
    "vendors listed, who may also combine them with data collected elsewhere, as their policies say.",
)


@pytest.mark.parametrize(
    "dialog",
    [
        '<div role="dialog" aria-label="Privacy">{}</div>',
        '<div class="modal-window" aria-modal="true">{}</div>',
        '<div id="onetrust-banner-sdk">{}</div>',
        '<div class="cky-consent-container didomi-popup">{}</div>',
    ],
)
def test_a_consent_dialog_is_never_the_story(dialog: str) -> None:
    # The consent box holds more prose than the short story: it is still not the story.
    consent = dialog.format("".join(f"<p>{p}</p>" for p in CONSENT_TEXT))
    page = f"""<html><body>{consent}
<main><h1>Second container terminal approved</h1><div class="wrap">{"".join(f"<p>{p}</p>" for p in STORY)}</div></main>
</body></html>"""
    assert articlekit.extract(page).body == tuple(Paragraph(p) for p in STORY)


def test_a_dialog_left_unclosed_around_the_story_keeps_it() -> None:
    # The template never closed its modal: the parser put the headline and the story inside it.
    page = f"""<html><body><div class="modal" role="dialog" aria-hidden="true">
<article><h1>Second container terminal approved</h1><div class="wrap">{"".join(f"<p>{p}</p>" for p in STORY)}</div></article>
</body></html>"""
    assert articlekit.extract(page).body == tuple(Paragraph(p) for p in STORY)


def test_the_sites_footer_is_never_the_story() -> None:
    # A short story beside the site's "About us" text, which runs longer than it, in the
    # <footer> under <body>.
    about = "".join(f"<p>{p}</p>" for p in CONSENT_TEXT).replace("cookies", "volunteers")
    page = f"""<html><body><div id="app"><h1>Second container terminal approved</h1>
<div class="intro"><p>{STORY[0]}</p><p>{STORY[1]}</p></div></div>
<footer class="site-footer"><div class="about">{about}</div></footer></body></html>"""
    assert articlekit.extract(page).body == (Paragraph(STORY[0]), Paragraph(STORY[1]))
