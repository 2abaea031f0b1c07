"""The visible section evidence: breadcrumb trails (HTML, microdata, JSON-LD) and the category
link printed with the headline."""

from __future__ import annotations

import articlekit
from articlekit.dom.parse import parse
from articlekit.sources import sections
from articlekit.sources.index import PageIndex

# A WordPress news theme without JSON-LD: the category link above the headline, a tag list
# below the story, a menu in the header (the reference page's shape, with our own text).
WORDPRESS_PAGE = """<!doctype html><html lang="en-US"><head><title>Harbour pact signed | Tidewater Post</title>
<meta property="og:site_name" content="Tidewater Post"></head><body>
<header class="site-header"><nav class="main-menu"><ul>
<li><a href="https://tidewater.example/">Home</a></li>
<li><a href="https://tidewater.example/category/world/">World</a></li>
<li><a href="https://tidewater.example/category/business/">Business</a></li></ul></nav></header>
<main><article class="post"><header class="entry-header">
<div class="entry-category"><a href="https://tidewater.example/category/world/">World</a></div>
<h1 class="entry-title">Harbour pact signed after months of talks between port cities</h1>
<div class="entry-meta"><span class="byline">editorial</span> Published <time datetime="2025-03-11T08:00:00+00:00">March 11, 2025</time></div>
</header><div class="entry-content">
<p>Three port cities signed a pact on Tuesday that lets their harbour pilots work in each other's waters, ending months of talks over fees and insurance.</p>
<p>The pact takes effect in May and will be reviewed after a year, officials said at the signing ceremony in the old customs house.</p>
</div><footer class="entry-footer"><span class="tags-links"><a href="https://tidewater.example/tag/ports/" rel="tag">ports</a></span></footer>
</article></main></body></html>"""


def _index(page: str) -> PageIndex:
    return PageIndex.of(parse(page))


def test_wordpress_category_link_above_the_headline_is_the_section() -> None:
    article = articlekit.extract(WORDPRESS_PAGE, url="https://tidewater.example/2025/03/11/harbour-pact/")
    assert article.section == "World"
    assert article.provenance["section"] == "html"


def test_category_link_without_a_category_path_counts_by_its_class() -> None:
    page = """<html><body><div class="post-header"><span class="cat-label"><a href="/europe-news">Europe</a></span>
    <h1>Ministers agree on a shared budget for the coming decade</h1></div></body></html>"""
    assert sections.category_link(_index(page), "https://example.org/2025/budget-deal") == "Europe"


def test_kicker_that_links_to_no_section_page_is_not_the_section() -> None:
    page = """<html><body><header><div class="kicker">Eskalation im Nahen Osten:</div>
    <h1>Die Zurückhaltung hat viel mit den USA zu tun</h1></header></body></html>"""
    assert sections.category_link(_index(page), "https://example.ch/news/story") == ""


def test_link_to_the_path_the_story_lies_under_is_a_category_link() -> None:
    page = """<html><body><div><a class="c-overline" href="/news/south-africa/">South Africa</a>
    <span>PREMIUM</span></div><h1>Legal team argues the state spied on her</h1></body></html>"""
    url = "https://times.example/news/south-africa/2025-11-10-legal-team-argues/"
    assert sections.category_link(_index(page), url) == "South Africa"


def test_navigation_above_the_headline_is_not_a_category_link() -> None:
    links = "".join(f'<li><a href="/category/{n}/">{n.title()}</a></li>' for n in ("world", "sport", "arts", "money", "tech"))
    page = f"<html><body><nav><ul>{links}</ul></nav><h1>A headline long enough to read</h1></body></html>"
    assert sections.category_link(_index(page), "https://example.org/2025/story/") == ""


def test_visible_trail_keeps_the_category_crumbs_of_the_first_breadcrumb() -> None:
    page = """<html><body><nav class="breadcrumbs"><a href="/">Home</a> › <a href="/world/">World</a> ›
    <a href="/world/europe/">Europe</a> › <a href="/world/europe/talks-resume">Talks resume in Geneva</a></nav>
    <h1>Talks resume in Geneva</h1></body></html>"""
    index = _index(page)
    assert sections.visible_trail(index, "Talks resume in Geneva", "https://e.org/world/europe/talks-resume") == (
        "World",
        "Europe",
    )
    article = articlekit.extract(page, url="https://e.org/world/europe/talks-resume")
    assert article.section == "Europe"


def test_trail_ending_in_a_topic_page_gives_the_last_real_section() -> None:
    crumbs = [("Startseite", "/"), ("Politik", "/politik/"), ("Ukraine", "/thema/ukraine/")]
    assert sections.section_crumbs(crumbs, "")[-1] == "Politik"


def test_a_labelled_tag_list_is_not_a_trail() -> None:
    crumbs = [("Themenseiten:", ""), ("Samsung", "/specials/samsung/"), ("Patent", "/specials/patent/")]
    assert sections.section_crumbs(crumbs, "") == ()


def test_home_crumbs_and_page_kind_crumbs_are_left_out() -> None:
    crumbs = [("GT Home", "https://gatech.edu/"), ("Article", "/article/"), ("About The Center", "/about")]
    assert sections.section_crumbs(crumbs, "") == ("About The Center",)


def test_back_link_names_the_listing() -> None:
    assert sections.section_crumbs([("< Back to Blog", "/blog")], "") == ("Blog",)


def test_jsonld_trail_is_read_whole_and_beats_the_declared_section() -> None:
    page = """<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
    {"@type": "NewsArticle", "headline": "Court hears the appeal", "articleSection": "Aktuelles"},
    {"@type": "BreadcrumbList", "itemListElement": [
      {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://lto.example/"},
      {"@type": "ListItem", "position": 2, "name": "Recht", "item": "https://lto.example/recht/"},
      {"@type": "ListItem", "position": 3, "name": "Hintergr&uuml;nde", "item": "https://lto.example/recht/hintergruende/"},
      {"@type": "ListItem", "position": 4, "name": "Court hears the appeal"}]}]}</script></head>
    <body><h1>Court hears the appeal</h1><p>The court heard the appeal on Monday.</p></body></html>"""
    article = articlekit.extract(page, url="https://lto.example/recht/hintergruende/h/court-hears-the-appeal")
    assert article.section == "Hintergründe"
    assert article.provenance["section"] == "jsonld"


def test_microdata_breadcrumb_without_a_class() -> None:
    page = """<html><body><ol itemscope itemtype="https://schema.org/BreadcrumbList">
    <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/"><span itemprop="name">Start</span></a></li>
    <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/kultur/"><span itemprop="name">Kultur</span></a></li>
    </ol><h1>Ein Theaterabend im alten Hotel</h1></body></html>"""
    assert sections.visible_trail(_index(page), "Ein Theaterabend im alten Hotel") == ("Kultur",)


def test_the_highlighted_item_of_the_main_navigation_names_the_section() -> None:
    page = (
        "<html><body><nav><ul><li><a href='/'>Home</a></li>"
        "<li class='menu-item current-post-ancestor current-menu-parent'><a href='/category/travel/'>Travel</a></li>"
        "<li><a href='/category/food/'>Food</a></li><li><a href='/category/hotels/'>Hotels</a></li>"
        "<li><a href='/category/culture/'>Culture</a></li><li><a href='/about/'>About</a></li></ul></nav>"
        "<article><h1>Three days in Lisbon</h1><p>The tram climbs the hill slowly.</p></article></body></html>"
    )
    assert articlekit.extract(page, url="https://example.com/2024/05/lisbon/").section == "Travel"


def test_a_menu_highlighting_the_page_itself_names_no_section() -> None:
    page = (
        "<html><body><nav><ul><li><a href='/guides/'>Guides</a></li>"
        "<li><a aria-current='page' href='/guides/healthy-plate/'>Healthy Eating Plate</a></li></ul></nav>"
        "<h1>Healthy Eating Plate</h1><p>Half of the plate is vegetables.</p></body></html>"
    )
    found = [c for c in sections.candidates(parse(page), "https://example.org/guides/healthy-plate/") if c.where == "nav active"]
    assert found == []


def test_category_link_in_the_meta_line_below_the_headline() -> None:
    page = """<html><body><div class="inner-banner"><div class="heading-content">
<h1 class="title">Eleven search strategies for the new year</h1>
<span class="blog-meta"> by Jason Roe | <a href="https://agency.example/category/seo/">SEO</a> | 8 min read </span>
</div></div><div class="content"><p>Body text.</p></div></body></html>"""
    assert sections.category_link(_index(page), "https://agency.example/seo-strategies/") == "SEO"


def test_an_author_link_in_an_author_section_below_the_headline_is_not_a_category() -> None:
    page = """<html><body><div class="article"><h1>Rare dollar bills worth thousands</h1>
<p class="author-section byline-plain">By <a href="/profile-671/dana-chu.html" class="author">Dana Chu</a></p>
</div></body></html>"""
    assert sections.category_link(_index(page), "https://news.example/money/article-1/rare-bills.html") == ""


def test_links_whose_paths_nest_over_the_headline_are_a_trail() -> None:
    page = """<html><body><div class="header"><div data-identity="overline">
<span>November 28, 2025</span> / <a href="https://health.example/living-healthy">Living Healthy</a> /
<a href="https://health.example/living-healthy/wellness">Wellness</a></div>
<h1>What meditation can do for you</h1></div></body></html>"""
    assert sections.category_link(_index(page), "https://health.example/how-to-meditate") == "Wellness"


def test_unlinked_overline_is_a_weak_kicker_and_a_date_is_no_label() -> None:
    page = """<html><body><div class="post_header"><div class="cs_overline">Industry Insights</div>
<h1 class="post_title">Top electrical construction companies</h1></div></body></html>"""
    index = _index(page)
    assert sections.category_link(index, "https://b.example/blog/top-companies") == ""
    assert sections.headline_kicker(index, "https://b.example/blog/top-companies") == "Industry Insights"
    dated = page.replace("Industry Insights", "July 29, 2025")
    assert sections.headline_kicker(_index(dated), "https://b.example/blog/top-companies") == ""


def test_aria_labelled_trail_and_the_fuller_of_two_trails() -> None:
    aria = """<html><body><nav aria-label="Breadcrumb"><ul><li><a href="https://cloud.example/discover">Topics</a></li>
<li><span aria-current="page">What is cloud computing?</span></li></ul></nav>
<h1>What is cloud computing?</h1></body></html>"""
    assert sections.visible_trail(_index(aria), "What is cloud computing?", "https://cloud.example/learn/cloud") == ("Topics",)
    two = """<html><body><div class="blog_header_breadcrumb"><a href="/blogs">&lt; Back to all blog page</a></div>
<div class="blog_header_breadcrumb"><a href="/blog">Blog</a><a href="/blog-categories/industry-news">Industry News</a></div>
<h1>Best movers</h1></body></html>"""
    assert sections.visible_trail(_index(two), "Best movers", "https://m.example/blog/best-movers") == ("Blog", "Industry News")


def test_menu_link_to_the_urls_section_page_gives_its_printed_label() -> None:
    page = """<html><body><header><nav class="main"><a href="/">Home</a><a href="/pricing">Pricing</a>
<a href="/blog" class="n-nav-link">Blogs</a><a href="/guides">Guides</a></nav></header>
<h1>What is catering?</h1><p>Text.</p></body></html>"""
    article = articlekit.extract(page, url="https://shop.example/blog/what-is-catering")
    assert article.section == "Blogs"


def test_wordpress_menu_outside_nav_and_a_bem_current_modifier() -> None:
    page = """<html><body><div class="header"><ul id="menu-primary" class="menu">
<li class="menu-item"><a href="https://mag.example/category/food/">Food</a></li>
<li class="menu-item current-post-ancestor current-menu-parent"><a href="https://mag.example/category/sponsored/">Sponsored Content</a></li>
</ul></div><h1>Wedding catering tips</h1></body></html>"""
    article = articlekit.extract(page, url="https://mag.example/wedding-catering-tips/")
    assert article.section == "Sponsored Content"
    bem = """<html><body><nav><ul><li><a class="mega__link mega__link--current" href="/consumer-tools/yourself/">Resources for Yourself</a></li>
<li><a class="mega__link" href="/about/">About</a></li></ul></nav><h1>Filing your taxes</h1></body></html>"""
    assert articlekit.extract(bem, url="https://gov.example/consumer-tools/filing-taxes/").section == "Resources for Yourself"
