"""``articlekit site new`` drafting stable selectors from several pages of a site.

The pages are templates of invented sites: a React news site whose classes are CSS-in-JS hashes
that change with every build (its stable hooks are ``data-testid``/``data-component``), and a
WordPress-like theme (``entry-title``, ``time.published``, ``post-1234`` ids).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from articlekit.cli.main import main
from articlekit.cli.scaffold import is_stable_word
from articlekit.sites import load_rule

FERRY = [
    "The harbour authority approved a new ferry timetable on Thursday after months of complaints from commuters.",
    "Boats will leave every twenty minutes at peak hours, and the last crossing moves to half past eleven.",
    "Operators said the change needs two more crews, who start training in June.",
]
OAKS = [
    "Volunteers planted four hundred oak saplings along the old railway line over the weekend.",
    "The trust that manages the path says the trees will shade walkers within a decade.",
    "A second planting day is planned for the autumn, when the ground is softer.",
]
QUAY = [
    "The county agreed on Monday to repair the flood wall along the lower quay before the winter tides.",
    "Engineers found three sections where the stone had shifted since the storms of last year.",
    "Work starts in September and should take about ten weeks, the council said.",
]
BAKERY = [
    "A family bakery on Mill Street is celebrating fifty years of trading with a week of free tastings.",
    "The founders' grandchildren now run the ovens, starting each morning before four o'clock.",
    "Regulars say the rye loaf has not changed since the shop opened its doors in the seventies.",
]


def react_page(headline: str, author: str, iso: str, paragraphs: list[str], build: tuple[str, ...], hooks: bool = True) -> bytes:
    """A styled-components news page; ``build`` gives the hashes of one build of the site."""
    a, b, c, d, e = build

    def testid(name: str) -> str:
        return f' data-testid="{name}"' if hooks else ""

    body = "".join(f'<p class="sc-{a}x {c}q">{p}</p>' for p in paragraphs)
    links = "".join(f'<a class="sc-{d}Lk {e}Tp" href="/{w.lower()}">{w}</a>' for w in ("Home", "News", "Sport"))
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{headline} | Coast Post</title>
<meta property="og:title" content="{headline}"><meta property="og:site_name" content="Coast Post"></head>
<body><div id="__next"><div class="sc-{a}Vg {b}Ab"><header class="sc-{b}Er {c}Yr"><nav class="sc-{c}Qa">{links}</nav></header>
<main class="sc-{e}Mn {a}Wq"><article class="sc-{a}Rt {d}Kp"{testid("article")}><div class="sc-{b}Hd">
<a class="sc-{c}Kc {e}Zz"{testid("section-link")} href="/news/local">Local</a>
<h1 class="sc-{d}Hl {a}Yy"{testid("headline")}>{headline}</h1>
<div class="sc-{e}By {b}Xx"{testid("byline")}><span class="css-1{a}2de">By <a href="/authors/x" class="css-9{b}8w1">{author}</a></span>
<time class="sc-{c}Tm {d}Qq" datetime="{iso}">{iso[:10]}</time></div></div>
<div class="sc-{b}Bd {c}Ww"{' data-component="ArticleBody"' if hooks else ""}>{body}</div>
<aside class="sc-{a}As"><h2>More from Coast Post</h2><ul><li><a href="/a">Tide tables</a></li></ul></aside>
</article></main><footer class="sc-{e}Ft">Coast Post</footer></div></div></body></html>""".encode()


def wordpress_page(post: int, headline: str, ld_headline: str, categories: list[str], author: str, iso: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    cats = ", ".join(f'<a href="/category/{c.lower()}/" rel="category tag">{c}</a>' for c in categories)
    return f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>{headline} &#8211; Valley Ledger</title>
<meta name="generator" content="WordPress 6.5">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{ld_headline}"}}</script>
</head><body class="post-template-default single single-post postid-{post}">
<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">Valley Ledger</a></p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li><a href="/category/harbour/">Harbour</a></li><li><a href="/category/business/">Business</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-{post}" class="post-{post} post type-post status-publish format-standard hentry">
<header class="entry-header"><span class="cat-links">{cats}</span><h1 class="entry-title">{headline}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{iso}">{iso[:10]}</time>
<time class="updated" datetime="2025-06-30T08:00:00+01:00">30 June 2025</time></span>
<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/x/">{author}</a></span></span></div></header>
<div class="entry-content">{body}</div>
<footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/river/" rel="tag">river</a></span></footer>
</article></main></div><footer id="colophon" class="site-footer"><div class="site-info">Powered by WordPress</div></footer>
</div></body></html>""".encode()


BUILD_1 = ("aXZ", "kLmN", "gEvE", "jRBL", "bZal")
BUILD_2 = ("hTqW", "pOiU", "zXcV", "mNbV", "lKjH")  # the next deploy: every hash changed


def _write(tmp_path: Path, pages: dict[str, bytes]) -> list[str]:
    for name, html in pages.items():
        (tmp_path / name).write_bytes(html)
    return [str(tmp_path / name) for name in pages]


def _new(tmp_path: Path, domain: str, pages: list[str], *extra: str) -> tuple[int, str, Path]:
    out = tmp_path / "sites"
    code = main(["site", "new", domain, *pages, "--out", str(out), *extra])
    return code, next(out.iterdir()).joinpath("rule.toml").read_text(encoding="utf-8") if out.exists() else "", out


HASHED = re.compile(r"\b(?:sc-|css-)|\.[a-z]{1,3}[A-Z]")


@pytest.mark.parametrize(
    ("word", "stable"),
    [
        ("byline", True), ("entry-title", True), ("ArticleBody", True), ("author", True), ("c-article__headline", True),
        ("sc-jRBLiq", False), ("bZalUz", False), ("jRBLiq", False), ("css-1abc2de", False), ("jsx-3081234", False),
        ("_3xYz", False), ("ArticleHeader_section__NokVo", False), ("isActive", True), ("post-1234", False), ("col-md-6", False), ("kdFgrt", False), ("qwrtzpxk", False),
        ("headlinewithaveryverylongrun", False), ("", False),
    ],
)
def test_hashed_and_numbered_class_words_are_not_stable(word: str, stable: bool) -> None:
    assert is_stable_word(word) is stable


def test_react_pages_get_data_hooks_never_hashed_classes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = _write(tmp_path, {
        "ferry.html": react_page("Ferry timetable approved after commuter complaints", "Mara Quint", "2025-05-02T09:15:00Z", FERRY, BUILD_1),
        "oaks.html": react_page("Oak saplings line the old railway path", "Tomas Reyk", "2025-05-09T16:40:00Z", OAKS, BUILD_2),
    })
    code, text, out = _new(tmp_path, "coastpost.example", pages)
    assert code == 0
    assert not HASHED.search(text), text
    # The generic extractor gets every field on both pages: nothing is drafted, the checked
    # selectors are comments for the day it is needed.
    rule = load_rule(out / "coastpost_example" / "rule.toml")
    assert rule.fields == () and rule.body.containers == ()
    assert "# headline: the generic extractor handles it (same value on 2/2 page(s))" in text
    assert "# selectors = [\"h1[data-testid='headline']\"]" in text
    assert "# containers = [\"div[data-component='ArticleBody']\"]" in text
    report = capsys.readouterr().out
    assert "selectors checked on 2 page(s)" in report
    assert re.search(r"headline +comment +h1\[data-testid='headline'\] +2/2 pages", report)
    assert "0 field(s) drafted as rules" in report
    folder = out / "coastpost_example"
    assert sorted(p.name for p in folder.iterdir()) == [
        "expected-2.json", "expected.json", "fixture-2.html", "fixture.html", "rule.toml"]
    assert (folder / "fixture-2.html").read_bytes() == Path(pages[1]).read_bytes()


def test_expect_drafts_a_field_the_generic_extractor_misses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = _write(tmp_path, {
        "ferry.html": react_page("Ferry timetable approved after commuter complaints", "Mara Quint", "2025-05-02T09:15:00Z", FERRY, BUILD_1),
        "oaks.html": react_page("Oak saplings line the old railway path", "Tomas Reyk", "2025-05-09T16:40:00Z", OAKS, BUILD_2),
    })
    code, _, out = _new(tmp_path, "coastpost.example", pages, "--expect", "section=Local", "--keep", "published")
    assert code == 0
    folder = out / "coastpost_example"
    fields = load_rule(folder / "rule.toml").field_rules()
    assert [str(s) for s in fields["section"].selectors] == ["a[data-testid='section-link']"]
    assert fields["published"].selectors[0].attribute == "datetime"
    assert set(fields) == {"section", "published"}
    for golden in ("expected.json", "expected-2.json"):
        expected = (folder / golden).read_text(encoding="utf-8")
        assert '"section": "Local"' in expected and "site:coastpost_example:a[data-testid='section-link']" in expected
    assert "2 field(s) drafted as rules: section, published" in capsys.readouterr().out


def test_pages_without_hooks_get_no_selector_rather_than_a_hashed_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = _write(tmp_path, {
        "ferry.html": react_page("Ferry timetable approved", "Mara Quint", "2025-05-02T09:15:00Z", FERRY, BUILD_1, hooks=False),
        "oaks.html": react_page("Oak saplings line the path", "Tomas Reyk", "2025-05-09T16:40:00Z", OAKS, BUILD_2, hooks=False),
    })
    code, text, _ = _new(tmp_path, "coastpost.example", pages, "--keep", "headline", "--keep", "authors", "--keep", "body")
    assert code == 0
    assert not HASHED.search(text), text
    assert '[fields.headline]\n# drafted (--keep): matched on 2/2 page(s); generic value on page 1: Ferry timetable approved\nselectors = ["h1"]' in text
    # The author's link has hashed classes only: a chain of the page's nesting would break on
    # the next build, so nothing is drafted even though it was asked for.
    assert "[fields.authors]" not in text
    assert "# authors: no stable selector matched a node on all 2 page(s)" in text
    assert "[body]" not in text.replace("# [body]", "")


def test_wordpress_pages_skip_numbered_ids_and_need_one_node_on_every_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = _write(tmp_path, {
        "quay.html": wordpress_page(1842, "Flood wall repairs approved", "Flood wall repairs approved", ["Harbour"], "Ines Calder", "2025-06-12T07:30:00+01:00", QUAY),
        "bakery.html": wordpress_page(1907, "Bakery marks fifty years", "Bakery marks fifty years", ["Harbour", "Business"], "Owen Pryce", "2025-06-19T10:05:00+01:00", BAKERY),
    })
    code, text, _ = _new(tmp_path, "valleyledger.example", pages, "--keep", "published", "--keep", "section", "--keep", "body")
    assert code == 0
    assert "1842" not in text and "post-" not in text
    assert '[fields.published]\n# drafted (--keep): matched on 2/2 page(s)' in text
    assert 'selectors = ["time.entry-date"]\nattribute = "datetime"' in text  # two <time>: the class tells them apart
    assert 'containers = ["div.entry-content"]' in text
    # "Harbour" is also a menu link, and the second page has two category links: no selector
    # gives one section node on both pages, so none is drafted even with --keep.
    assert "[fields.section]" not in text.replace("# [fields.section]", "")
    report = capsys.readouterr().out
    assert re.search(r"section +comment +span\.cat-links a +1/2 pages: no stable selector matched exactly one node on all 2", report)


def test_a_selector_that_would_change_the_generic_value_is_not_drafted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # On the second page the structured data has the longer headline the generic extractor
    # prefers: an <h1> rule would replace it, so it stays a comment unless asked for.
    pages = _write(tmp_path, {
        "quay.html": wordpress_page(1842, "Flood wall repairs approved", "Flood wall repairs approved", ["Harbour"], "Ines Calder", "2025-06-12T07:30:00+01:00", QUAY),
        "bakery.html": wordpress_page(1911, "Bakery marks fifty years", "Bakery marks fifty years of baking bread", ["Opinion"], "Owen Pryce", "2025-06-19T10:05:00+01:00", BAKERY),
    })
    code, text, out = _new(tmp_path, "valleyledger.example", pages)
    assert code == 0
    assert "# headline: would change the generic value on page(s) 2; not drafted (--keep headline drafts it)" in text
    assert load_rule(out / "valleyledger_example" / "rule.toml").fields == ()
    expected = (out / "valleyledger_example" / "expected-2.json").read_text(encoding="utf-8")
    assert '"headline": "Bakery marks fifty years of baking bread"' in expected


def test_site_new_rejects_a_malformed_expect(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = _write(tmp_path, {"quay.html": wordpress_page(1, "Quay", "Quay", ["Harbour"], "Ines Calder", "2025-06-12T07:30:00+01:00", QUAY)})
    assert main(["site", "new", "valleyledger.example", *page, "--out", str(tmp_path / "s"), "--expect", "body=x"]) == 2
    assert "--expect takes FIELD=VALUE" in capsys.readouterr().err
    assert not (tmp_path / "s").exists()


def test_the_story_element_beats_a_breadcrumb_repeating_the_headline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = b"""<html><head><title>Pier reopens</title></head><body>
<nav class="crumbs"><a href="/">Home</a> <a href="/local">Local</a> <span class="here">Pier reopens after repairs</span></nav>
<h1>Pier reopens after repairs</h1><h1 class="promo">Sign up for our newsletter</h1>
<div class="story"><p>The pier reopened on Tuesday after a month of repairs to its wooden deck and railings.</p>
<p>Anglers returned within the hour, and the cafe at its end expects a busy spring season.</p></div></body></html>"""
    pages = _write(tmp_path, {"pier.html": page})
    code, text, _ = _new(tmp_path, "harbour.example", pages, "--keep", "headline")
    assert code == 0
    # Two <h1> without a hook: the bare tag is not unique, and the breadcrumb's span, unique as
    # it is, is furniture: better no selector than one that reads the breadcrumb.
    assert "span.here" not in text
    assert "# headline: no stable selector matched exactly one node on all 1 page(s); not drafted" in text


def test_site_new_refuses_more_urls_than_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = _write(tmp_path, {"quay.html": wordpress_page(1, "Quay", "Quay", ["Harbour"], "Ines Calder", "2025-06-12T07:30:00+01:00", QUAY)})
    args = ["--url", "https://valleyledger.example/a", "--url", "https://valleyledger.example/b"]
    assert main(["site", "new", "valleyledger.example", *page, "--out", str(tmp_path / "s"), *args]) == 2
    assert "2 --url for 1 page(s)" in capsys.readouterr().err
