"""The visible HTML: <title>, <h1>, <time>, canonical link, lang, bylines, breadcrumbs, rel=category."""

from __future__ import annotations

from typing import Any

import pytest

from articlekit.dom.parse import parse
from articlekit.sources import html as html_source
from articlekit.sources.candidate import Candidates

PAGE = """<!DOCTYPE html>
<html lang="fr-BE">
<head>
  <title>Les trams de nuit reviennent à Liège | Le Courrier Mosan</title>
  <link rel="canonical" href=" https://courriermosan.example/liege/trams-de-nuit ">
</head>
<body>
  <header><a href="/"><img src="/logo.svg" alt="Le Courrier Mosan"></a></header>
  <nav class="breadcrumb"><a href="/">Accueil</a> › <a href="/liege">Liège</a> › <a href="/liege/mobilite">Mobilité</a></nav>
  <article>
    <a href="/liege" rel="category tag">Liège</a>
    <h1>Les trams de nuit reviennent à Liège</h1>
    <div class="article-byline">Par <a href="/auteurs/claire-dumont" rel="author">Claire Dumont</a></div>
    <time class="published" datetime="2024-09-14T07:05:00+02:00">14 septembre 2024</time>
    <time class="updated" datetime="2024-09-14T10:40:00+02:00">mis à jour</time>
    <p>Le premier tram de nuit a quitté la gare à minuit et demi, avec une centaine de passagers à bord.</p>
    <div class="author-bio"><img src="/claire.jpg" alt="">Claire Dumont couvre la mobilité et les transports publics depuis 2015.</div>
  </article>
</body>
</html>"""


def found(html: str = PAGE) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for c in Candidates.of(html_source.candidates(parse(html))).items:
        assert c.source == "html"
        out.setdefault(c.field, []).append(c.value)
    return out


def test_title_h1_canonical_and_language() -> None:
    got = found()
    assert got["title"] == ["Les trams de nuit reviennent à Liège | Le Courrier Mosan"]
    assert got["h1"] == ["Les trams de nuit reviennent à Liège"]
    assert got["canonical_url"] == ["https://courriermosan.example/liege/trams-de-nuit"]
    assert got["language"] == ["fr-BE"]


def test_time_elements_split_into_published_and_modified() -> None:
    got = found()
    assert got["published"] == ["2024-09-14T07:05:00+02:00"]
    assert got["modified"] == ["2024-09-14T10:40:00+02:00"]


def test_byline_container_is_reported_once_not_again_for_its_rel_author_link() -> None:
    assert found()["byline_text"] == ["Par Claire Dumont"]


def test_author_bio_box_is_not_a_byline() -> None:
    assert not any("depuis 2015" in b for b in found()["byline_text"])


def test_breadcrumb_section_skips_the_home_link() -> None:
    html = (
        '<html><body><nav class="breadcrumb"><a href="/">Accueil</a> › <a href="/liege">Liège</a>'
        ' › <a href="/liege/mobilite">Mobilité</a></nav><h1>Les trams de nuit reviennent</h1></body></html>'
    )
    assert found(html)["section"] == ["Liège"]


def test_category_tag_link_is_a_section() -> None:
    html = '<html><body><div class="cat-links"><a href="/c/world/" rel="category tag">World</a></div></body></html>'
    assert found(html)["section"] == ["World"]


def test_long_category_link_text_is_not_a_section() -> None:
    label = "Everything you need to know about the regional elections this year"
    html = f'<html><body><a href="/c/x/" rel="category tag">{label}</a></body></html>'
    assert "section" not in found(html)


def test_lone_rel_author_link_is_a_byline() -> None:
    html = '<html><body><span class="meta-info"><a href="/u/tk" rel="author">Tomasz Kowal</a></span></body></html>'
    assert found(html)["byline_text"] == ["Tomasz Kowal"]


def test_overlong_byline_looking_element_is_ignored() -> None:
    bio = "Tomasz Kowal has reported on energy markets for twenty years. " * 4
    html = f'<html><body><div class="byline">{bio}</div></body></html>'
    assert "byline_text" not in found(html)


def test_page_without_metadata_gives_only_what_is_there() -> None:
    got = found("<html><body><h1>Only a headline here</h1></body></html>")
    assert got == {"h1": ["Only a headline here"]}


def test_a_link_to_an_author_page_names_the_author() -> None:
    page = '<html><body><h1>Title</h1><div><a href="/autoren/name/max-kolter">Dr. Max Kolter</a></div></body></html>'
    assert found(page)["byline_text"] == ["Dr. Max Kolter"]
    # With its label before it, the link is read as the printed byline.
    page = '<html><body><h1>Title</h1><p>von <a href="/autoren/name/max-kolter">Dr. Max Kolter</a></p></body></html>'
    assert found(page)["byline_text"] == ["von Dr. Max Kolter"]


def test_kicker_inside_the_h1_is_not_part_of_the_headline() -> None:
    h1 = ('<h1 class="article-title"><span class="article-title__overline">Minderheit in Syrien</span>'
          '<span class="h-offscreen" aria-hidden="true"> - </span>'
          '<span class="article-title__text">Drusen fordern Teilhabe statt Schutzgarantien</span></h1>')
    assert found(f"<html><body>{h1}</body></html>")["h1"] == ["Drusen fordern Teilhabe statt Schutzgarantien"]


def test_an_h1_that_is_only_a_kicker_keeps_its_text() -> None:
    h1 = '<h1><span class="kicker">Live</span> <b>Vote</b></h1>'
    assert found(f"<html><body>{h1}</body></html>")["h1"] == ["Live Vote"]


def test_a_byline_label_in_its_own_element_is_read_with_the_next_one() -> None:
    html = (
        "<html><body><h1>Rates held</h1><div><p class='text-sm'>Written by</p>"
        "<p class='text-grey'>Tomasz Kowal</p></div><p>The bank kept its rate.</p></body></html>"
    )
    assert found(html)["byline_text"] == ["Written by Tomasz Kowal"]


def story_with(fragment: str) -> str:
    """A short story page with ``fragment`` between its headline and its text."""
    return f"<html><body><h1>Rates held</h1>{fragment}<p>The bank kept its rate.</p></body></html>"


@pytest.mark.parametrize(
    ("fragment", "byline"),
    [
        ("<p class='text-basic'>Written by John Crenshaw</p>", "Written by John Crenshaw"),
        ("<span class='inline-list__item'> By <a href='/producers/sofia-gonzalez'>Sofia Gonzalez</a></span>", "By Sofia Gonzalez"),
        ("<span class='item'>\nBy\n<a href='/producers/sofia-gonzalez'>Sofia Gonzalez</a>\n</span>", "By Sofia Gonzalez"),
        ("<div class='node__meta'><time>03/01/2017</time> by Agatha Caleo</div>", "03/01/2017 by Agatha Caleo"),
        ("<p class='text-xl'>by: Ziyi Xu, Dec 17, 2025</p>", "by: Ziyi Xu, Dec 17, 2025"),
        (
            "<span>Written by: <ul class='comma-separated-list'><li><a href='/authors/ew'>Emily Walker</a></li>"
            "<li><a href='/authors/cm'>Casey McDevitt</a></li></ul></span>",
            "Written by: Emily Walker, Casey McDevitt",
        ),
    ],
)
def test_a_byline_printed_without_a_byline_class(fragment: str, byline: str) -> None:
    assert found(story_with(fragment))["byline_text"] == [byline]


@pytest.mark.parametrize(
    "fragment",
    [
        "<p>By signing up you agree to our terms.</p>",
        "<label>Filter by <b>Company Type</b></label>",
        "<p>By <b>2030</b>, half the fleet will be electric.</p>",
        "<div class='post-meta'><a href='/u/ana'>View all posts by Ana Lima</a> and more</div>",
    ],
)
def test_sentences_opening_with_by_are_not_bylines(fragment: str) -> None:
    """Nor is a date line's link label: see test_a_byline_printed_without_a_byline_class."""
    assert "byline_text" not in found(story_with(fragment))


def test_a_date_inside_the_h1_is_not_part_of_the_headline() -> None:
    h1 = '<h1><a href="/x"><time datetime="2025-12-18">Dec <span>18</span> 2025</time> Preparing a transition</a></h1>'
    assert found(f"<html><body>{h1}</body></html>")["h1"] == ["Preparing a transition"]


@pytest.mark.parametrize(
    "logo",
    [
        "<h1 class='title'><a href='https://blog.example.com/'>Example Data Blog</a></h1>",
        "<a href='/'><h1>Antoyo's Blog</h1></a>",
        # a template that printed the home link twice, the first one empty
        "<h1 class='title'><a href='https://notes.example.org/'></a><a href='https://notes.example.org/'>Field Notes</a></h1>",
    ],
)
def test_an_h1_that_links_home_is_the_site_name(logo: str) -> None:
    page = f"<html><body>{logo}<h2>Progress report</h2><p>This month we merged the new backend.</p></body></html>"
    assert "h1" not in found(page)


def test_a_body_heading_with_a_permalink_to_itself_is_not_a_headline() -> None:
    # Markdown renderers give each heading of the text an id and an anchor link to it.
    page = (
        "<html><body><h2>Why teams pick Zig</h2><p>We asked forty teams.</p>"
        "<h1 id='what-they-value'><a class='anchor' href='#what-they-value' aria-hidden='true'></a>"
        " What they <em>value</em> most</h1><p>Control over memory.</p></body></html>"
    )
    assert "h1" not in found(page)


def test_many_h1s_side_by_side_are_the_sections_of_a_text() -> None:
    page = (
        "<html><body><div class='post-body'><h1>Why small models</h1><p>Cheaper.</p>"
        "<h1>Getting started</h1><p>Install.</p><h1>Results</h1><p>Good enough.</p></div></body></html>"
    )
    assert "h1" not in found(page)


def test_a_story_h1_beside_its_body_headings_stays() -> None:
    page = (
        "<html><body><header><h1>Notes on small models</h1></header><div class='post-body'>"
        "<h1>Why</h1><p>Cheaper.</p><h1>How</h1><p>Install.</p><h1>Results</h1></div></body></html>"
    )
    assert found(page)["h1"] == ["Notes on small models"]


def test_a_date_line_left_inside_an_unclosed_h1_is_not_part_of_the_headline() -> None:
    h1 = (
        "<h1 class='hero-title'>Five ways to speed up a ledger sync<div class='divider'></div>"
        "<h3 class='date-info'><span class='posted-on'>Posted on <time datetime='2024-07-01'>July 1, 2024</time>"
        "</span><span class='byline'> by <a href='/author/ops'>ops</a></span></h3></div>"
    )
    assert found(f"<html><body>{h1}<p>Text.</p></body></html>")["h1"] == ["Five ways to speed up a ledger sync"]


def test_an_h1_that_links_to_its_story_is_a_headline() -> None:
    page = "<html><body><h1><a href='/2025/12/progress-report'>Progress report #39</a></h1></body></html>"
    assert found(page)["h1"] == ["Progress report #39"]


# --- author round 2: printed bylines -------------------------------------------------------
from articlekit import extract as _extract  # noqa: E402


def _authors(html: str) -> tuple[str, ...]:
    return _extract(html.encode()).authors


def test_a_bare_by_before_a_name_alone_is_a_byline() -> None:
    page = "<html><body><h1>Scaling Go testing</h1><p>By Preetam Jinka</p><p>Text.</p></body></html>"
    assert _authors(page) == ("Preetam Jinka",)


def test_bare_by_lines_of_a_menu_or_a_sentence_are_not() -> None:
    page = (
        "<html><body><h1>Events</h1><p>BY USE CASE</p><ul><li>By Region</li></ul><p>By Industry</p>"
        "<p>By Event Type</p><p>By Signing up you agree</p><p>By defining contracts, we win.</p></body></html>"
    )
    assert _authors(page) == ()


def test_a_date_and_a_name_in_adjacent_spans_are_read_apart() -> None:
    page = (
        '<html><body><div class="dateAndAuthorContainer"><span>Dec 17, 2025</span><span>Julian K. Arni</span></div>'
        "<h1>Attested builds</h1><p>Text.</p></body></html>"
    )
    assert _authors(page) == ("Julian K. Arni",)


def test_an_author_line_under_a_small_heading_credits_an_item() -> None:
    page = (
        "<html><body><h1>Weekly wrap-up</h1><h3>Some module</h3><p>Author: Tarek Nakkouch</p>"
        '<a href="/author/spencer-mcintyre">Spencer McIntyre</a></body></html>'
    )
    assert _authors(page) == ("Spencer McIntyre",)


def test_a_byline_in_a_caption_is_skipped() -> None:
    page = (
        '<html><body><h1>Storm</h1><figure><img src="a.jpg"><figcaption><span class="author">EFE/ J.J. Guillén'
        '</span></figcaption></figure><div class="byline">By Ana Lima</div></body></html>'
    )
    assert _authors(page) == ("Ana Lima",)


def test_cjk_bylines_are_read_by_their_label() -> None:
    page = '<html lang="zh"><body><h1>标题</h1><p>正文内容。</p><p>（责编：牛镛、岳弘彬）</p></body></html>'
    assert _authors(page) == ("牛镛", "岳弘彬")


def test_twitter_card_written_by_is_read_after_the_printed_byline() -> None:
    meta = '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Nawaz Dhandala">'
    assert _authors(f"<html><head>{meta}</head><body><h1>Postgres</h1><p>Text.</p></body></html>") == ("Nawaz Dhandala",)
    printed = f'<html><head>{meta}</head><body><h1>Postgres</h1><div class="byline">By Ana Lima</div></body></html>'
    assert _authors(printed) == ("Ana Lima",)


# --- bylines of company blogs: labels, author boxes, portraits ------------------------------


def test_a_label_with_indentation_before_its_link_is_a_byline() -> None:
    page = (
        "<html><body><h1>Choosing motors</h1><p>By\n                <a href='/contributor/ana'>Ana Lima</a>\n"
        "&nbsp;&nbsp;<a class='btn btn-primary' href='/issue'>View In Digital Edition <i class='fa'></i></a></p>"
        "<p>Text.</p></body></html>"
    )
    assert _authors(page) == ("Ana Lima",)


def test_a_portrait_between_the_label_and_the_name_is_passed_over() -> None:
    page = (
        "<html><body><h1>Tutors</h1><div><span>Written by:</span><picture><img alt='' src='a.jpg'></picture>"
        "<span class='line-clamp-1'>Tomás Ruiz</span></div><p>Text.</p></body></html>"
    )
    assert _authors(page) == ("Tomás Ruiz",)


def test_a_label_alone_in_its_box_has_the_names_in_the_next_box() -> None:
    page = (
        "<html><body><h1>Batching</h1><div><div><span>Author</span></div><div><div><div>Mei Tanaka</div>"
        "<div>Staff Engineer</div></div><div><div>Oskar Berg</div><div>Director of Research</div></div>"
        "</div></div><p>Text.</p></body></html>"
    )
    assert _authors(page) == ("Mei Tanaka", "Oskar Berg")


def test_a_label_in_a_menu_is_not_read_with_the_next_entry() -> None:
    page = (
        "<html><body><ul><li><a href='/autoren'>Autoren</a></li><li><a href='/gerichte'>Gerichte</a></li></ul>"
        "<h1>Urteil</h1><p>Text.</p></body></html>"
    )
    assert _authors(page) == ()


def test_a_label_list_of_authors_is_read_as_several_names() -> None:
    page = (
        "<html><body><h1>Policy report</h1><div><h6>Author(s)</h6><ul><li><a href='/l?a=1'>Ana Lima</a></li>"
        "<li><a href='/l?a=2'>Tom Berg</a></li></ul></div><p>Text.</p></body></html>"
    )
    assert _authors(page) == ("Ana Lima", "Tom Berg")


def test_a_label_with_the_name_in_its_tail() -> None:
    page = "<html><body><h1>Houseplants</h1><div><strong>Contributors:</strong> Rosa Mendes</div><p>Text.</p></body></html>"
    assert _authors(page) == ("Rosa Mendes",)


def test_a_bio_inside_the_byline_is_not_read_as_names() -> None:
    page = (
        "<html><body><h1>App types</h1><div class='author-meta'>Written by: <a href='/u/kiran'>Kiran Rao</a>"
        "<span class='bio'><b>Head of Launches, Adoption, &amp; Evangelism.</b></span></div><p>Text.</p></body></html>"
    )
    assert _authors(page) == ("Kiran Rao",)


def test_an_author_box_names_the_writer_beside_the_portrait() -> None:
    bio = "Lena Vogt writes about clinics and the software they run on, after ten years in hospital IT. " * 3
    page = (
        "<html><body><h1>SEO for clinics</h1><p>Text.</p><div class='post_author-box'>"
        "<div class='post_author-image-wrapper'><img alt='Lena Vogt' src='l.jpg'></div>"
        f"<div class='post_author-text'><div class='text-small'>Lena Vogt</div><p>{bio}</p></div></div></body></html>"
    )
    assert _authors(page) == ("Lena Vogt",)


def test_an_author_box_names_the_writer_in_its_heading() -> None:
    bio = "Jonas Weber builds audio plugins and writes about their interfaces and the tools behind them. " * 3
    page = (
        "<html><body><h1>Pixel-perfect UI</h1><p>Text.</p><div class='blog-author'><img alt='' src='j.jpg'>"
        f"<div><h4>Jonas Weber</h4><p>{bio}</p></div></div></body></html>"
    )
    assert _authors(page) == ("Jonas Weber",)


def test_a_story_whose_classes_name_its_author_is_no_author_box() -> None:
    body = "<p><strong>Canon</strong> makes cameras that many photographers have trusted for years.</p>" * 30
    page = f"<html><body><article class='hentry author-ana-lima'><h1>Cameras</h1>{body}</article></body></html>"
    assert _authors(page) == ()


def test_a_name_beside_its_portrait_under_the_headline() -> None:
    page = (
        "<html><body><main><h1>Mission accomplished</h1><div><span>2025-12-17</span><span>·</span>"
        "<a title='Ida Holm'><img src='/icon.png' alt='Ida Holm'><div>Ida Holm</div></a></div>"
        "<div><p><img src='/p.png' alt='Draft of the plan'></p><p>Text.</p></div></main></body></html>"
    )
    assert _authors(page) == ("Ida Holm",)


def test_a_dated_byline_beside_the_headline_after_teasers() -> None:
    teasers = "".join(f"<div class='views-field-date'><time datetime='2025-01-0{i}'>01/0{i}/2025</time></div>" for i in range(1, 5))
    page = (
        f"<html><body><aside>{teasers}</aside><div><h1>Candidate experience</h1><div class='node__meta'>"
        "<time datetime='2017-03-01'>03/01/2017</time> by Ana Lima, Staff Writer</div>"
        "<p>Text.</p></div></body></html>"
    )
    assert _authors(page) == ("Ana Lima",)
