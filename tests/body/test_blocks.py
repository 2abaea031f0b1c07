"""Body blocks: each kind of block, and the page furniture that must stay out of the body.

Fragments are set between ordinary story paragraphs inside a realistic article page and run
through ``articlekit.extract``, so the test holds whatever the container scoring does.
"""

from __future__ import annotations

import attrs
import pytest

import articlekit
from articlekit import Caption, Embed, Figure, Heading, ListBlock, Paragraph, Quote, Table
from articlekit.body.blocks import is_boilerplate_text
from articlekit.model import Block

BEFORE = (
    "<p>The regional rail operator said on Monday that the new timetable, agreed after months of "
    "talks with unions and councils, would take effect in the spring and cover every line.</p>"
    "<p>Passengers on the busiest routes will see trains every fifteen minutes at peak times, "
    "while quieter branch lines keep an hourly service with later last departures.</p>"
)
AFTER = (
    "<p>Consultation on the plan closes at the end of the month, and the operator has promised "
    "to publish every response it receives, along with its reasons for any changes.</p>"
)
STORY = tuple(
    Paragraph(t)
    for t in (
        "The regional rail operator said on Monday that the new timetable, agreed after months of "
        "talks with unions and councils, would take effect in the spring and cover every line.",
        "Passengers on the busiest routes will see trains every fifteen minutes at peak times, "
        "while quieter branch lines keep an hourly service with later last departures.",
        "Consultation on the plan closes at the end of the month, and the operator has promised "
        "to publish every response it receives, along with its reasons for any changes.",
    )
)


def body_with(fragment: str) -> tuple[Block, ...]:
    """The text blocks of the story around ``fragment``, their inline spans left aside (the
    tests of spans, figures and embeds are in ``tests/body/test_inline.py``)."""
    return tuple(
        attrs.evolve(b, spans=()) if getattr(b, "spans", ()) else b
        for b in full_body_with(fragment)
        if not isinstance(b, Figure) and not (isinstance(b, Embed) and not b.text)
    )


def full_body_with(fragment: str, url: str | None = None) -> tuple[Block, ...]:
    page = f"""<!DOCTYPE html><html lang="en"><head><title>New rail timetable | Valley Times</title></head>
<body><header class="site-header"><a href="/">Valley Times</a></header>
<main><article class="article">
<h1>New rail timetable brings more trains to busy routes</h1>
<div class="article-body">{BEFORE}{fragment}{AFTER}</div>
</article></main>
<footer class="site-footer"><p>© 2025 Valley Times</p></footer></body></html>"""
    return articlekit.extract(page, url=url).body


def added(fragment: str) -> list[Block]:
    """The blocks the fragment added to the story, which must otherwise be intact."""
    body = body_with(fragment)
    assert [b for b in body if b in STORY] == list(STORY), body
    return [b for b in body if b not in STORY]


def test_story_paragraphs_alone() -> None:
    assert added("") == []


def test_paragraph_keeps_br_as_newline() -> None:
    blocks = added("<p>Platform 1: northbound trains<br>Platform 2: southbound trains<br/>Platform 3: freight only</p>")
    assert blocks == [Paragraph("Platform 1: northbound trains\nPlatform 2: southbound trains\nPlatform 3: freight only")]


def test_inline_markup_and_whitespace_are_flattened() -> None:
    blocks = added("<p>The   <b>new</b> service <a href='/lines'>starts</a>\n  in <em>April</em>.</p>")
    assert blocks == [Paragraph("The new service starts in April.")]


@pytest.mark.parametrize("level", [2, 3, 4, 5, 6])
def test_heading_levels(level: int) -> None:
    assert added(f"<h{level}>What changes for commuters</h{level}>") == [Heading("What changes for commuters", level)]


@pytest.mark.parametrize("wrapper", ["story-text", "span", "font"])
def test_paragraphs_inside_an_inline_or_custom_element_stay_apart(wrapper: str) -> None:
    fragment = (
        f"<{wrapper}><p>Season tickets bought before March stay valid on every line until they expire.</p>"
        f"<p>Refunds for unused days can be claimed online or at any staffed station.</p></{wrapper}>"
    )
    assert added(fragment) == [
        Paragraph("Season tickets bought before March stay valid on every line until they expire."),
        Paragraph("Refunds for unused days can be claimed online or at any staffed station."),
    ]


def test_a_section_title_set_in_h1_after_story_paragraphs_is_a_heading() -> None:
    # body_with() sets the headline's <h1> ("New rail timetable brings more trains ...") first.
    assert added("<h1>What changes for commuters</h1>") == [Heading("What changes for commuters", 1)]


def test_the_headline_repeated_in_an_h1_inside_the_story_is_not_a_heading() -> None:
    assert added("<h1>New rail timetable brings more trains to busy routes</h1>") == []


@pytest.mark.parametrize(
    "fragment",
    [
        "<p><strong>What changes for commuters</strong></p>",
        '<p><span style="color: #999999;"><strong>What changes for commuters </strong></span></p>',
    ],
)
def test_a_short_paragraph_set_wholly_in_bold_is_a_subheading(fragment: str) -> None:
    assert added(fragment) == [Heading("What changes for commuters", 2)]


@pytest.mark.parametrize(
    "fragment",
    [
        "<p><span><strong>Fares</strong> rise by two per cent in April</span></p>",
        "<p><span><strong>Fares</strong></span> rise by two per cent in April</p>",
    ],
)
def test_bold_with_loose_text_beside_it_in_a_wrapper_stays_a_paragraph(fragment: str) -> None:
    assert all(isinstance(b, Paragraph) for b in added(fragment))


@pytest.mark.parametrize(
    "fragment",
    [
        "<p><strong>Season tickets bought before March stay valid.</strong></p>",  # a sentence
        "<p><strong>Note:</strong> season tickets bought before March stay valid.</p>",  # a lead-in
        "<p><b>Write to us at letters@valleytimes.example</b></p>",  # a call to readers
        "<p><b>9h05 - Trains run again on the northern line</b></p>",  # a live blog's timed entry
        "<p><strong>Dana Whitfield, Marco Ruiz</strong></p>",  # the names the story credits
    ],
)
def test_bold_text_that_is_no_title_stays_a_paragraph(fragment: str) -> None:
    assert all(isinstance(b, Paragraph) for b in added(fragment))


@pytest.mark.parametrize(
    "fragment",
    [
        '<h2 id="commuters"><a href="#commuters"><strong>What changes for commuters</strong></a></h2>',
        # a jump label's target: a named anchor, no address
        '<h3 class="subtitle"><a name="part4" class="jumpLabel"><strong>What changes for commuters</strong></a></h3>',
    ],
)
def test_a_heading_that_links_to_itself_is_kept(fragment: str) -> None:
    assert [b.text for b in added(fragment) if isinstance(b, Heading)] == ["What changes for commuters"]


def test_a_heading_that_links_to_another_page_is_navigation() -> None:
    assert added('<h2><a href="/news/tram-extension">Tram extension approved</a></h2>') == []


def test_a_heading_group_gives_its_subtitle_but_not_the_headline() -> None:
    page = f"""<html><body><article class="article-body"><hgroup><h1><span class="kicker">Rail</span>
<span>: </span><span class="title">New timetable brings more trains</span></h1>
<p>More trains on the busiest routes from the spring, the operator says.</p></hgroup>
{BEFORE}{AFTER}</article></body></html>"""
    body = articlekit.extract(page).body
    assert body[0] == Paragraph("More trains on the busiest routes from the spring, the operator says.")
    assert list(body[1:]) == list(STORY)


def test_the_parts_of_a_details_box_are_blocks_of_their_own() -> None:
    fragment = (
        "<details open><summary>What changes for commuters</summary>"
        "<p>Season tickets bought before March stay valid on every line until they expire.</p></details>"
    )
    assert added(fragment) == [
        Paragraph("What changes for commuters"),
        Paragraph("Season tickets bought before March stay valid on every line until they expire."),
    ]


def test_unordered_list() -> None:
    blocks = added("<ul><li>More trains at peak times</li><li>Later last departures</li><li>New Sunday service</li></ul>")
    assert blocks == [ListBlock(("More trains at peak times", "Later last departures", "New Sunday service"), ordered=False)]


def test_ordered_list() -> None:
    blocks = added("<ol><li>Check the new times online</li><li>Renew season tickets before April</li></ol>")
    assert blocks == [ListBlock(("Check the new times online", "Renew season tickets before April"), ordered=True)]


def test_a_list_set_directly_inside_another_keeps_its_items() -> None:
    blocks = added("<ul><ul><li><p><strong>Peak trains</strong>: every fifteen minutes</p></li><li>Later last departures</li></ul></ul>")
    assert blocks == [ListBlock(("Peak trains: every fifteen minutes", "Later last departures"), ordered=False)]


def test_a_list_of_links_announced_by_the_story_is_kept() -> None:
    links = "<ul><li><a href='/a'>Timetable for the coast line</a></li><li><a href='/b'>Timetable for the hill branch</a></li></ul>"
    blocks = added("<p>The operator has published the new timetables for each line:</p>" + links)
    assert blocks == [
        Paragraph("The operator has published the new timetables for each line:"),
        ListBlock(("Timetable for the coast line", "Timetable for the hill branch"), ordered=False),
    ]
    assert added("<p>Related:</p>" + links) == []


def test_a_list_set_beside_the_items_of_another_keeps_its_items_in_order() -> None:
    blocks = added("<ul><li>Examples:</li><ul><li>Peak trains every fifteen minutes</li><li>Later last departures</li></ul></ul>")
    assert blocks == [ListBlock(("Examples:", "Peak trains every fifteen minutes", "Later last departures"), ordered=False)]


def test_blockquote_is_a_quote() -> None:
    blocks = added("<blockquote><p>This is the biggest change to our services in twenty years.</p></blockquote>")
    assert blocks == [Quote("This is the biggest change to our services in twenty years.")]


def test_blockquote_of_two_paragraphs_keeps_them_on_separate_lines() -> None:
    blocks = added("<blockquote><p>We listened to passengers.</p><p>Now we will deliver for them.</p></blockquote>")
    assert blocks == [Quote("We listened to passengers.\nNow we will deliver for them.")]


def test_a_blockquotes_footer_is_its_attribution() -> None:
    blocks = added("<blockquote><p>We listened to passengers.</p><footer>— Dana Whitfield</footer></blockquote>")
    assert blocks == [Quote("We listened to passengers.\n— Dana Whitfield")]


def test_preformatted_text_keeps_its_lines_and_indentation() -> None:
    code = "def peak_interval(route):\n    if route == 'north':\n        return 15\n\n\n    return 60\n"
    assert added(f"<pre><code>{code}</code></pre>") == [
        Paragraph("def peak_interval(route):\n    if route == 'north':\n        return 15\n\n    return 60")
    ]


def test_reading_order_of_mixed_blocks() -> None:
    blocks = added(
        "<h2>Fares</h2><p>Ticket prices will rise by two per cent, below the rate of inflation.</p>"
        "<ul><li>Day returns</li><li>Season tickets</li></ul><blockquote>Fair for everyone.</blockquote>"
    )
    assert [type(b) for b in blocks] == [Heading, Paragraph, ListBlock, Quote]


@pytest.mark.parametrize(
    "furniture",
    [
        pytest.param(
            '<div class="share-bar"><a href="https://www.facebook.com/sharer.php?u=x">Facebook</a>'
            '<a href="https://twitter.com/share?url=x">Twitter</a><span>Share this article</span></div>',
            id="share-bar",
        ),
        pytest.param('<p><a href="#" class="btn">Continue Reading</a></p>', id="continue-reading-button"),
        pytest.param("<p>Tags: rail, timetable, commuters, Valley Rail</p>", id="tag-line"),
        pytest.param("<p>Tags<br>rail, timetable, commuters, Valley Rail</p>", id="tag-line-broken"),
        pytest.param('<div class="post-more"><span>Continue Reading</span></div>', id="continue-reading-label"),
        pytest.param("<p>Czytaj więcej</p>", id="read-more-polish"),
        pytest.param("<p>Noticia relacionada</p>", id="related-spanish"),
        pytest.param("<p>Читайте также:</p>", id="read-also-russian"),
        # A link line to another page, behind an arrow or a pointing hand, or under a label.
        pytest.param('<blockquote><p>➡️ Read more about <a href="/m">modular monoliths</a>:</p></blockquote>', id="arrow-read-more"),
        pytest.param('<p>👉 <a href="/t">Read about the rise of teledentistry</a>.</p>', id="pointing-hand-read-about"),
        pytest.param('<p>RELATED READING: <a href="/faq">Answering my top college essay FAQs</a></p>', id="related-reading"),
        pytest.param('<h3>Read more about the average cost of movers:</h3>', id="read-more-heading"),
        pytest.param("<p>Image credit: © Depositphotos.com/AndrewLozovyi</p>", id="image-credit-line"),
        pytest.param("<p>Share it!</p>", id="share-it"),
        pytest.param("<p>To read the rest of this story subscribe to STAT+.</p>", id="paywall-read-the-rest"),
        pytest.param("<p>This article is exclusive to STAT+ subscribers</p>", id="paywall-exclusive-to-subscribers"),
        pytest.param("<p>Become a paid subscriber to Every to unlock this piece and learn about:</p>", id="paywall-unlock"),
        pytest.param("<p>Was this newsletter forwarded to you? Sign up to get it in your inbox.</p>", id="forwarded-newsletter"),
        pytest.param("<p>التالي</p>", id="next-arabic"),
        # A pull quote repeats words of the story, set large beside it.
        pytest.param(
            '<figure class="wp-block-pullquote"><blockquote><p>"Trains every fifteen minutes at peak '
            'times"</p></blockquote></figure>',
            id="pull-quote-in-a-figure",
        ),
        # The box's class names the story page template it sits in ("new-story-page"); the word
        # its class opens with says what it is.
        pytest.param(
            '<section class="newsletter-widget__new-story-page"><div class="newsletter-widget__header">'
            "<p>Top Stories</p><p>Get the latest headlines, breaking news and columns.</p></div></section>",
            id="class-opening-with-a-furniture-word",
        ),
        pytest.param("<p>Embed</p>", id="embed-label"),
        pytest.param("<p>Weitere Informationen</p>", id="more-information-german"),
        pytest.param(
            '<div class="related-stories"><h3>Related</h3><ul>'
            '<li><a href="/a">Bus lanes extended on the ring road</a></li>'
            '<li><a href="/b">Station car park to close for repairs</a></li></ul></div>',
            id="related-box",
        ),
        pytest.param(
            '<ul><li><a href="/a">Bus lanes extended on the ring road</a></li>'
            '<li><a href="/b">Station car park to close for repairs</a></li></ul>',
            id="bare-list-of-links",
        ),
        pytest.param(
            '<div class="newsletter-signup"><h3>Get the morning briefing</h3>'
            "<p>Sign up to receive the day's top stories in your inbox every morning before 7am.</p>"
            '<form><input type="email"><button>Subscribe</button></form></div>',
            id="newsletter-box",
        ),
        pytest.param(
            '<figure><img src="/img/station.jpg" alt=""><figcaption>The refurbished station at dusk on '
            "Monday, after three months of work. Photo: Valley Times</figcaption></figure>",
            id="figcaption",
        ),
        pytest.param('<div class="ad-slot"><span>Advertisement</span></div>', id="ad-slot"),
        pytest.param("<p>ADVERTISEMENT</p>", id="ad-label-paragraph"),
        pytest.param(
            '<div class="inline-read"><span>Also Read</span> '
            '<a href="/x">Bus depot relocation plan draws objections from traders</a></div>',
            id="also-read-teaser",
        ),
        pytest.param(
            "<p><strong>Read more:</strong> <a href='/x'>Why the timetable took so long</a></p>",
            id="read-more-link",
        ),
        pytest.param("<p>Copyright © 2025 Valley Times. All rights reserved.</p>", id="copyright"),
        pytest.param(
            '<div class="paywall-box d-none"><p>This content is reserved for subscribers only. '
            "Subscribe now to read the latest news in your city and across the country.</p></div>",
            id="hidden-by-bootstrap-class",
        ),
        pytest.param(
            '<section class="premium hidden"><p>Register to unlock this article, it is free: access '
            "articles from across the country with one account and join the conversation.</p></section>",
            id="hidden-by-utility-class",
        ),
        pytest.param(
            '<article class="card"><h3><a href="/tram">Tram extension approved</a></h3>'
            "<p>Councillors backed the plan on Tuesday.</p></article>",
            id="teaser-card-with-title-link",
        ),
        pytest.param(
            '<article class="card"><a href="/tram" class="stretched-link"></a><h3>Tram extension approved</h3>'
            "<p>Councillors backed the plan on Tuesday, ending a year of debate.</p></article>",
            id="teaser-card-with-overlay-link",
        ),
        pytest.param(
            '<div class="testimonials"><p>"The best commuter line in the region, always on time and spotless!"</p>'
            "<p>Mallory R.</p></div>",
            id="testimonials",
        ),
        pytest.param("<p>Already have an account? Log in</p>", id="paywall-login-prompt"),
        pytest.param(
            '<div class="photo-gallery"><div class="gallery-counter">1/3</div><ul><li><img src="/a.jpg">'
            "<p>Crowds on the platform at the new station on its first morning.</p></li></ul></div>",
            id="picture-gallery",
        ),
        pytest.param(
            '<div class="whatsapp-group"><strong>Get the latest rail news on your phone</strong> '
            '<a href="/whatsapp">Join us on WhatsApp</a><p>Our community members are treated to special '
            "offers and promotions from us and our partners. You can leave at any time.</p></div>",
            id="messaging-app-signup",
        ),
        pytest.param(
            '<article class="post type-post hentry"><h3>Tram extension approved</h3>'
            "<p>Councillors backed the plan on Tuesday, ending a year of debate.</p></article>",
            id="another-posts-card",
        ),
        pytest.param(
            '<div class="fm-box flexmodule flexmodule--factbox"><h3>The timetable in figures</h3>'
            "<p>412 trains a day, 38 stations, and a new depot opening in the autumn at Millbrook.</p></div>",
            id="fact-box",
        ),
        pytest.param(
            '<div class="fact-box"><h3>Facts</h3><p>Postnatal depression affects one mother in ten '
            "in the first year after birth, and fathers can have it too.</p></div>",
            id="fact-box-compound",
        ),
        pytest.param(
            '<amedia-factbox role="complementary" class="fact-box article--c-hGcRYJ"><p>Postnatal '
            "depression affects one mother in ten in the first year after birth.</p></amedia-factbox>",
            id="custom-element-named-for-furniture",
        ),
        pytest.param(
            '<div class="infobox infobox--note"><h2>Please note:</h2><div><p>Shares, property and '
            "other investments carry risk: you may lose the capital you invest.</p></div></div>",
            id="infobox",
        ),
        pytest.param(
            '<section class="wp-block-footnotes"><ol><li id="fn1">Figures from the operator\'s annual '
            "report for the last financial year, published in June.</li></ol></section>",
            id="footnotes",
        ),
        pytest.param(
            '<div class="saboxplugin-wrap"><div class="saboxplugin-desc"><p>Dana Whitfield has covered '
            "transport for the Valley Times since 2009 and lives beside the Millbrook line.</p></div></div>",
            id="author-box-plugin",
        ),
        pytest.param(
            "<p>Read our full <a href='/reviews/trains'>review of the new Class 720 trains</a></p>",
            id="read-our-full-review-line",
        ),
    ],
)
def test_furniture_is_left_out(furniture: str) -> None:
    assert added(furniture) == []


def test_empty_elements_drawn_as_line_breaks_split_loose_text() -> None:
    fragment = (
        '<div class="story-text">The depot will open in the autumn at Millbrook, with room for forty trains.'
        '<span class="id-r-component br"></span><span class="id-r-component br"></span>'
        "Its workshop will employ two hundred fitters and electricians from the valley towns.</div>"
    )
    assert added(fragment) == [
        Paragraph("The depot will open in the autumn at Millbrook, with room for forty trains."),
        Paragraph("Its workshop will employ two hundred fitters and electricians from the valley towns."),
    ]


def test_a_sentence_whose_words_are_mostly_a_link_is_story() -> None:
    sentence = (
        "The operator also <a href='/plans'>co-ordinates the timetables of the bus companies on every route</a>."
    )
    assert added(f"<p>{sentence}</p>") == [
        Paragraph("The operator also co-ordinates the timetables of the bus companies on every route.")
    ]


def test_sections_set_in_articles_of_their_own_are_story() -> None:
    sections = "".join(
        f"<article class='grid'><div><h3>Step {n}</h3><p>Set the {part} at elbow height, so that your wrists stay "
        f"straight while you type for long stretches.</p></div></article>"
        for n, part in ((1, "desk"), (2, "keyboard"), (3, "chair"), (4, "screen"), (5, "lamp"))
    )
    blocks = added(sections)
    assert [b.text for b in blocks if isinstance(b, Heading)] == [f"Step {n}" for n in range(1, 6)]


@pytest.mark.parametrize("classes", ["d-none d-lg-block", "overflow-hidden rounded", "tw-overflow-x-hidden", "is-hiddenish"])
def test_text_shown_at_some_screen_size_is_kept(classes: str) -> None:
    text = "Engineering work on the viaduct will close the coast line for two weekends in March."
    assert added(f'<div class="{classes}"><p>{text}</p></div>') == [Paragraph(text)]


def test_loose_inline_elements_keep_the_spaces_at_their_edges() -> None:
    # Story text set as spans and links straight inside a <div> (no <p>): the space that ends
    # one span separates its words from the next element's.
    fragment = (
        '<div class="block-content"><span>Even after the </span><a href="/records"><span>release of '
        'the court records</span></a><span> last week, several questions about the contract remain '
        'open, the council said.</span></div>'
    )
    assert added(fragment) == [
        Paragraph("Even after the release of the court records last week, several questions about "
                  "the contract remain open, the council said.")
    ]


@pytest.mark.parametrize("classes", ["sr-only", "screen-reader-text", "visually-hidden", "h-offscreen", "sr-only md:not-sr-only"])
def test_text_for_screen_readers_only_is_left_out(classes: str) -> None:
    fragment = (
        '<p>The full timetable is on <a href="/timetable">the operator\'s website'
        f'<span class="{classes}"> (opens in a new tab)</span></a>, with a planner for every station.</p>'
    )
    shown = "The full timetable is on the operator's website, with a planner for every station."
    expected = shown if "md:" not in classes else shown.replace("website,", "website (opens in a new tab),")
    assert added(fragment) == [Paragraph(expected)]


@pytest.mark.parametrize(
    ("embed", "text"),
    [
        pytest.param(
            '<blockquote class="twitter-tweet"><p lang="en">Huge news for commuters in the valley today!</p>'
            '&mdash; Rail Users Group (@railusers) <a href="https://twitter.com/railusers/status/1">March 3, 2025</a>'
            '</blockquote><script async src="https://platform.twitter.com/widgets.js"></script>',
            "Huge news for commuters in the valley today!\n— Rail Users Group (@railusers) March 3, 2025",
            id="twitter-embed",
        ),
        pytest.param(
            '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/x/">'
            "<div><p>A first look at the new trains</p></div></blockquote>",
            "A first look at the new trains",
            id="instagram-embed",
        ),
    ],
)
def test_embedded_post_is_kept_as_a_quote(embed: str, text: str) -> None:
    # The story quotes the post; readers (and the article-extraction benchmark's truth) count
    # its text as part of the story: an Embed block with the post's address and its text.
    [block] = added(embed)
    assert isinstance(block, Embed) and block.text == text and block.url.startswith("https://")

def test_data_table_becomes_a_table_block() -> None:
    blocks = added(
        "<table><thead><tr><th>Line</th><th>Trains per hour</th></tr></thead>"
        "<tbody><tr><td>Valley Express</td><td>4</td></tr><tr><td>Hill Branch</td><td>1</td></tr></tbody></table>"
    )
    assert blocks == [Table((("Line", "Trains per hour"), ("Valley Express", "4"), ("Hill Branch", "1")), header=True)]
    assert blocks[0].text == "Line | Trains per hour\nValley Express | 4\nHill Branch | 1"


def test_a_table_with_header_cells_is_data_even_when_its_cells_hold_paragraphs() -> None:
    # Rich-text editors set each cell's text in a <p>; a layout table has no header cells.
    blocks = added(
        "<table><tr><th><p>Line</p></th><th><p>Recommended fare</p></th></tr>"
        "<tr><td><p>Valley Express</p></td><td><p>Day return</p></td></tr></table>"
    )
    assert blocks == [Table((("Line", "Recommended fare"), ("Valley Express", "Day return")), header=True)]


def test_a_data_table_set_in_a_figure_is_kept_without_its_caption() -> None:
    # WordPress's block editor sets every table in a <figure class="wp-block-table">.
    blocks = added(
        '<figure class="wp-block-table"><table><thead><tr><th>Line</th><th>Trains per hour</th></tr></thead>'
        "<tbody><tr><td>Valley Express</td><td>4</td></tr></tbody></table>"
        "<figcaption>Source: Valley Rail</figcaption></figure>"
    )
    assert blocks == [Table((("Line", "Trains per hour"), ("Valley Express", "4")), header=True)]


def test_a_quotation_set_in_a_figure_is_kept_with_its_attribution() -> None:
    # HTML's pattern for a quotation: <figure><blockquote/><figcaption>who said it</figcaption>.
    assert added(
        '<figure class="quote"><div class="quote__content"><blockquote><p>Reliability matters more '
        "to commuters than speed.</p></blockquote><figcaption>Ana Lima, Valley Commuters</figcaption>"
        "</div></figure>"
    ) == [Quote("Reliability matters more to commuters than speed.\nAna Lima, Valley Commuters")]


def test_layout_table_is_walked_like_a_container() -> None:
    blocks = added(
        "<table><tr><td><p>Station upgrades at Millbrook and Eastgate will follow in the autumn, "
        "the operator added.</p></td></tr></table>"
    )
    assert blocks == [Paragraph("Station upgrades at Millbrook and Eastgate will follow in the autumn, the operator added.")]


def test_captions_are_left_out_by_default() -> None:
    assert added("<figure><img src='pier.jpg'><figcaption>The pier at dawn. (Photo: Harbour Authority)</figcaption></figure>") == []


def test_captions_are_kept_as_their_own_blocks_when_asked() -> None:
    page = f"""<html><body><article><h1>New rail timetable brings more trains to busy routes</h1>
<div class="article-body">{BEFORE}<figure><img src="t.jpg"><figcaption>A train at Millbrook station.</figcaption></figure>
<p class="image-caption">Commuters on the morning service.</p>{AFTER}</div></article></body></html>"""
    body = articlekit.extract(page, options=articlekit.Options(include_captions=True)).body
    assert [b for b in body if isinstance(b, Caption)] == [
        Caption("A train at Millbrook station."),
        Caption("Commuters on the morning service."),
    ]
    assert [b for b in body if isinstance(b, Paragraph)] == list(STORY)


# A picture and its caption set in plain <div>s, as many templates do instead of <figure>.
PICTURE_BOX = (
    '<div class="media-box"><div class="media"><picture><source srcset="/img/depot.webp">'
    '<img src="/img/depot.jpg" alt="The depot"></picture></div>'
    '<div class="media-info"><p class="infotext">Engineers at the Millbrook depot</p></div></div>'
)


def test_a_picture_with_its_caption_in_plain_boxes_is_left_out() -> None:
    assert added(PICTURE_BOX) == []


def test_a_caption_in_plain_boxes_is_kept_as_a_caption_when_asked() -> None:
    page = f"""<html><body><article><h1>New rail timetable brings more trains to busy routes</h1>
<div class="article-body">{BEFORE}{PICTURE_BOX}{AFTER}</div></article></body></html>"""
    body = articlekit.extract(page, options=articlekit.Options(include_captions=True)).body
    assert [b for b in body if isinstance(b, Caption)] == [Caption("Engineers at the Millbrook depot")]


def test_a_series_of_pictures_with_text_is_the_story() -> None:
    # A listicle's entries or a product roundup: the same shape as a captioned picture, but
    # the texts are what the page is about.
    items = [
        ("pothos", "Pothos is one of the easiest plants to grow, even if you forget to water it."),
        ("ivy", "English ivy trails from shelves and baskets, and copes with lower light."),
        ("fern", "Boston ferns like humidity: a bathroom with a window suits them well."),
    ]
    grid = "".join(f'<div class="card"><img src="/img/{n}.jpg" alt=""><p>{t}</p></div>' for n, t in items)
    assert added(f'<div class="grid">{grid}</div>') == [Paragraph(t) for _, t in items]


def test_a_paragraph_beside_a_picture_that_is_most_of_the_story_is_kept() -> None:
    # A news brief: its photo and its main paragraph share a box, one short line follows.
    first = "The depot reopens on Monday after a fire closed it for a week, the operator said in a statement."
    second = "Buses replace the trains until then, leaving every half hour from the station forecourt."
    page = f"""<html><body><article><h1>Depot reopens</h1><div class="article-body">
<div class="news-brief"><img src="/img/depot.jpg" alt=""><p>{first}</p></div><p>{second}</p>
</div></article></body></html>"""
    body = articlekit.extract(page).body
    assert [b for b in body if not isinstance(b, Figure)] == [Paragraph(first), Paragraph(second)]
    assert [b.src for b in body if isinstance(b, Figure)] == ['/img/depot.jpg']  # the picture stands where it stood


def test_a_page_without_story_text_says_why() -> None:
    article = articlekit.extract("<html><body><div class='hero'><img src='x.jpg'><span>Welcome</span></div></body></html>")
    assert article.body == () and not article.is_article
    assert article.not_article_reason == "no element of the page holds paragraphs of story text"


def test_a_story_is_an_article() -> None:
    article = articlekit.extract(
        f"<html><body><article><h1>New rail timetable</h1><div class='article-body'>{BEFORE}{AFTER}</div></article></body></html>"
    )
    assert article.is_article and article.not_article_reason is None


def test_a_box_left_unclosed_around_the_rest_of_the_story_keeps_the_story() -> None:
    # The newsletter box's </div> is missing: the parser nests every later paragraph inside it.
    # A box never holds most of the story, so this one is judged by its text, and only the
    # sign-up inside it goes.
    more = [
        f"{text} Officials said the details of stage {n} would follow in the weeks ahead."
        for n in range(1, 5)
        for text in (
            "Work on the signalling will be done at night, so that daytime services run as usual, "
            "and the operator has hired extra crews from two neighbouring regions to keep to the plan.",
            "Stations on the branch lines get new shelters and ticket machines, paid for from the "
            "same budget, while the larger stations will see their platforms lengthened for longer trains.",
        )
    ]
    blocks = added(
        '<div class="cta newsletter-cta"><div class="cta__container"><h3>The Valley Weekly</h3>'
        "<p>Sign up for a digest of the week's best stories.</p><form><button>Subscribe</button></form></div>"
        + "".join(f"<p>{p}</p>" for p in more)
    )
    assert blocks == [Paragraph(p) for p in more]


def test_comments_longer_than_the_story_are_still_left_out() -> None:
    comments = "".join(
        f'<li class="comment"><p>{n}. I have taken the early train for twenty years, and the '
        "new timetable finally gives the branch lines a service worth the name, though the "
        "later last departures matter more to me than the peak trains do.</p>"
        "<p>The consultation should ask the people who ride these trains every day, not only "
        "the councils and the unions, because we are the ones who wait on the platforms.</p></li>"
        for n in range(8)
    )
    assert added(f'<div class="comments-area"><ol class="comment-list">{comments}</ol></div>') == []


def test_an_id_that_only_opens_like_a_furniture_word_is_no_box() -> None:
    # A random id ("ad6ed79d-...") opens with "ad" but names nothing.
    more = (
        "Work on the signalling will be done at night, so that daytime services run as usual, and the "
        "operator has hired extra crews from two neighbouring regions to keep to the plan."
    )
    assert added(
        f'<div class="article-widget article-widget-text" id="ad6ed79d-88fd-4c8e"><p>{more}</p></div>'
    ) == [Paragraph(more)]


@pytest.mark.parametrize(
    ("table", "header"),
    [
        ("<table><thead><tr><td>Line</td><td>Trains</td></tr></thead><tbody><tr><td>Valley</td><td>4</td></tr></tbody></table>", True),
        ("<table><tr><th>Line</th><th>Trains</th></tr><tr><td>Valley</td><td>4</td></tr></table>", True),
        ("<table><tbody><tr><th scope='col'>Line</th><th scope='col'>Trains</th></tr><tr><td>Valley</td><td>4</td></tr></tbody></table>", True),
        # A row labelled by its first cell is a row of data.
        ("<table><tr><th>Valley</th><td>4</td></tr><tr><th>Hill</th><td>1</td></tr></table>", False),
        ("<table><tr><td>Valley</td><td>4</td></tr><tr><td>Hill</td><td>1</td></tr></table>", False),
        # An empty header row is left out, and the first row kept is data.
        ("<table><thead><tr><th></th><th></th></tr></thead><tbody><tr><td>Valley</td><td>4</td></tr></tbody></table>", False),
    ],
)
def test_a_tables_header_row_is_marked(table: str, header: bool) -> None:
    (block,) = added(table)
    assert isinstance(block, Table) and block.header is header


def test_ruby_readings_do_not_run_into_the_text() -> None:
    # Readings set above the base text (<rt>) are left out; a ruby that spells out its own
    # plain form with <rp> parentheses keeps it.
    story = (
        "<p>市は<ruby>子<rt>こ</rt></ruby>どもの<ruby>遊<rt>あそ</rt></ruby>び場を来年の春までに三か所ふやすと発表した。"
        "公園の計画は市民の意見を聞いて決めるという。</p>"
        "<p>市長は<ruby><rb>弾劾</rb><rp>（</rp><rt>だんがい</rt><rp>）</rp></ruby>の動きについては何も話さなかったが、"
        "議会では来月にも議論が始まる見通しだ。</p>"
    )
    page = f"<html><body><article><h1>遊び場を三か所ふやす</h1><div class='body'>{story}</div></article></body></html>"
    texts = [b.text for b in articlekit.extract(page).body]
    assert texts[0].startswith("市は子どもの遊び場を")
    assert "弾劾（だんがい）の動き" in texts[1]


@pytest.mark.parametrize(
    "text",
    [
        "Keine Kommentare",
        "War der Artikel nützlich?",
        "Gefällt mir",
        "Was this article helpful?",
        "Category : Press Releases",
        "Last Modified: 12 March 2025",
        "Síguenos en Telegram para recibir las noticias del día",
        "Suivez-nous sur Instagram et sur Facebook !",
        "À lire aussi : Les vendanges commencent plus tôt cette année",
        "Sie könnten auch an diesen Artikeln interessiert sein",
        "If you liked this post, you might also enjoy our guide to winter tyres.",
        "Enjoy the post? Pin it for later!",
    ],
)
def test_calls_to_action_and_metadata_lines_are_furniture(text: str) -> None:
    assert is_boilerplate_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "Category: the council files the plan as a minor amendment, which means no public hearing is needed.",
        # A long paragraph that opens like a call is the story talking about one: only short lines go.
        "Síguenos en esta ruta, decía el guía a los excursionistas mientras el sol caía sobre la sierra, "
        "y durante tres horas nadie habló; al llegar al refugio, los más jóvenes se durmieron enseguida, "
        "y los mayores se quedaron junto al fuego contando historias de otras travesías por los mismos "
        "caminos, cuando no había señales ni mapas y el único aviso del peligro era el silencio de los pájaros.",
    ],
)
def test_story_lines_that_open_like_furniture_are_kept(text: str) -> None:
    assert not is_boilerplate_text(text)
