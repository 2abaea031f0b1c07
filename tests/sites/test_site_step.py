"""The site step of ``extract``: a rule's fields win, the rest stays generic."""

from __future__ import annotations

import articlekit
from articlekit import Heading, Options, Paragraph
from articlekit.sites import BodyRule, Detection, FieldRule, Registry, Selector, SiteRule

PAGE = b"""<html lang="en"><head>
<meta property="og:title" content="Ferry link restored - Harbour Times">
<meta property="article:published_time" content="2025-03-11T13:42:00+00:00">
<meta name="author" content="Harbour Times Staff">
</head><body><div id="harbour-site">
<h1>Ferry link restored</h1>
<p class="byline">Reporting by <span class="who">Ann Lee</span> | 11 March</p>
<time class="local" datetime="2025-03-11T08:42:00-05:00">8:42</time>
<div class="story">
<p>The ferry between the two islands sailed again on Tuesday after a month of repairs to the pier.</p>
<div class="promo"><p>Sign up for our newsletter to get the harbour news every morning in your inbox.</p></div>
<h2>Timetable</h2>
<p>Crossings will run every two hours until the summer schedule starts in May, the operator said.</p>
</div>
<div class="related"><p>Other stories from the harbour that readers of this page also liked this week.</p></div>
</div></body></html>"""

RULE = SiteRule(
    "harbour",
    ("harbour.example",),
    fields={
        "authors": FieldRule((Selector("span.missing"), Selector("p.byline span.who"))),
        "published": FieldRule((Selector("time.local", "datetime"),)),
        "section": FieldRule((Selector("nav.none a"),)),
    },
    body=BodyRule((Selector("div.story"),), (Selector("div.promo"),)),
)


def _registry(*rules: SiteRule) -> Registry:
    return Registry(rules, builtins=False, plugins=False)


def test_rule_fields_win_with_selector_in_provenance() -> None:
    article = articlekit.extract(PAGE, "https://www.harbour.example/x", Options(registry=_registry(RULE)))
    assert article.authors == ("Ann Lee",)
    assert article.byline == "Reporting by Ann Lee"  # the printed byline names the rule's author: kept
    assert article.published is not None and article.published.isoformat() == "2025-03-11T08:42:00-05:00"
    assert article.provenance["authors"] == "site:harbour:p.byline span.who"
    assert article.provenance["published"] == "site:harbour:time.local@datetime"
    assert article.provenance["headline"] != "site:harbour"  # not named: generic
    assert article.section is None  # the selector matched nothing: generic (none here)
    assert article.body == (
        Paragraph("The ferry between the two islands sailed again on Tuesday after a month of repairs to the pier."),
        Heading("Timetable"),
        Paragraph("Crossings will run every two hours until the summer schedule starts in May, the operator said."),
    )
    assert article.provenance["body"] == "site:harbour:div.story"
    assert article.provenance["body"].split(":", 2) == ["site", "harbour", "div.story"]


def test_site_extractors_off_gives_the_generic_article() -> None:
    options = Options(site_extractors=False, registry=_registry(RULE))
    generic = articlekit.extract(PAGE, "https://harbour.example/x", options)
    assert generic == articlekit.extract(PAGE, "https://harbour.example/x", Options(registry=_registry()))
    assert not any(source.startswith("site:") for source in generic.provenance.values())


def test_detected_by_template_without_url() -> None:
    theme = SiteRule(
        "theme",
        detect=Detection(markers=(Selector("div#harbour-site"),)),
        fields={"authors": FieldRule((Selector("span.who"),))},
    )
    article = articlekit.extract(PAGE, options=Options(registry=_registry(theme)))
    assert article.provenance["authors"] == "site:theme:span.who"


def test_empty_container_falls_back_to_generic_body() -> None:
    rule = SiteRule("harbour", ("harbour.example",), body=BodyRule((Selector("div.related h2"),)))
    page = PAGE.replace(b'<div class="related">', b'<div class="related"><h2>More</h2>')
    article = articlekit.extract(page, "https://harbour.example/x", Options(registry=_registry(rule)))
    assert article.provenance["body"] == "heuristic"
    assert article.paragraphs[0].startswith("The ferry")
