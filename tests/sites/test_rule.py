"""SiteRule, its selectors and transforms, and reading it from TOML."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import lxml.html
import pytest

from articlekit.sites import (
    BodyRule,
    Detection,
    FieldRule,
    Selector,
    SiteRule,
    SiteRuleError,
    load_rule,
    rule_from_dict,
)

PAGE = lxml.html.fromstring(
    """<html><head><meta name="generator" content="WordPress 6.7"></head><body id="site">
    <h1 class="title">Harbour reopens</h1>
    <span class="by">By Ann Lee and Bo Chan</span>
    <time class="pub" datetime="2025-03-11T08:42:17-05:00">March 11</time>
    <span class="local">11.03.2025 08:42</span>
    <ul class="tags"><li>ports</li><li>trade</li></ul>
    <div class="story"><p>First paragraph of the story.</p><div class="ad">Advert</div><p>Second.</p></div>
    </body></html>"""
)


def test_css_and_xpath_selectors_select_elements() -> None:
    assert [e.tag for e in Selector("h1.title").select(PAGE)] == ["h1"]
    assert [e.tag for e in Selector("//h1[@class='title']").select(PAGE)] == ["h1"]
    assert [e.tag for e in Selector("xpath://ul/li").select(PAGE)] == ["li", "li"]
    assert Selector("//h1/text()").select(PAGE) == []  # text nodes are not elements


@pytest.mark.parametrize("bad", ["h1[", "//h1[", "css:::"])
def test_bad_selector_names_itself(bad: str) -> None:
    with pytest.raises(SiteRuleError, match="selector"):
        Selector(bad)


def test_first_selector_that_yields_a_value_wins() -> None:
    rule = FieldRule((Selector("h2.missing"), Selector("h1.title")))
    assert rule.read("headline", PAGE) == ("Harbour reopens", Selector("h1.title"))


def test_authors_read_as_a_byline_and_prefix_stripped() -> None:
    rule = FieldRule((Selector("span.by"),))
    assert rule.read("authors", PAGE) == (("Ann Lee", "Bo Chan"), Selector("span.by"))
    split = FieldRule((Selector("span.by"),), strip_prefix=("by ",), split=" and ")
    assert split.read("authors", PAGE) == (("Ann Lee", "Bo Chan"), Selector("span.by"))


def test_tags_one_per_element() -> None:
    assert FieldRule((Selector("ul.tags li"),)).read("tags", PAGE) == (("ports", "trade"), Selector("ul.tags li"))


def test_dates_from_attribute_or_format_with_zone() -> None:
    found = FieldRule((Selector("time.pub", "datetime"),)).read("published", PAGE)
    assert found is not None and found[0] == datetime(2025, 3, 11, 8, 42, 17, tzinfo=timezone(timedelta(hours=-5)))
    local = FieldRule((Selector("span.local"),), date_format="%d.%m.%Y %H:%M", timezone="Europe/Berlin")
    value = local.read("published", PAGE)
    assert value is not None and isinstance(value[0], datetime)
    assert value[0].utcoffset() == timedelta(hours=1)


def test_unknown_zone_and_field_are_errors() -> None:
    with pytest.raises(SiteRuleError, match="time zone"):
        FieldRule((Selector("h1"),), timezone="Mars/Olympus")
    with pytest.raises(SiteRuleError, match="unknown field"):
        SiteRule("x", fields={"headlin": FieldRule((Selector("h1"),))})


def test_body_containers_and_clean() -> None:
    page = lxml.html.fromstring(lxml.html.tostring(PAGE))
    rule = SiteRule("x", body=BodyRule((Selector("div.none"), Selector("div.story")), (Selector("div.ad"),)))
    match = rule.body_containers(page)
    assert match.selector == "div.story" and len(match.containers) == 1
    rule.clean_body(match.containers)
    assert "Advert" not in match.containers[0].text_content()


def test_detection_by_generator_and_marker() -> None:
    assert Detection(generator=("WordPress",), markers=(Selector("body#site"),)).matches(PAGE, "wordpress 6.7")
    assert not Detection(generator=("Drupal",)).matches(PAGE, "wordpress 6.7")
    assert not Detection().matches(PAGE, "wordpress 6.7")


def test_rule_from_toml(tmp_path: Path) -> None:
    path = tmp_path / "rule.toml"
    path.write_text(
        """
name = "harbour"
domains = ["www.Harbour.example"]
[detect]
markers = ["body#site"]
[fields.headline]
selectors = ["h1.title"]
[fields.published]
selectors = [{ select = "time.pub", attribute = "datetime" }]
[body]
containers = ["div.story"]
clean = ["div.ad"]
""",
        encoding="utf-8",
    )
    rule = load_rule(path)
    assert rule.domains == ("harbour.example",)
    assert set(rule.extract_fields(PAGE).values) == {"headline", "published"}
    assert rule.extract_fields(PAGE).selectors["published"] == "time.pub@datetime"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"fields": {}}, "no 'name'"),
        ({"name": "x", "feilds": {}}, "unknown key"),
        ({"name": "x", "fields": {"headline": {"selectors": [3]}}}, r"\[fields.headline\]"),
        ({"name": "x", "fields": {"headline": {"select": ["h1"]}}}, "unknown key"),
        ({"name": "a:b"}, "without ':'"),
    ],
)
def test_malformed_rules_say_what_to_fix(data: dict[str, object], message: str) -> None:
    with pytest.raises(SiteRuleError, match=message):
        rule_from_dict(data)


def test_unreadable_toml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "rule.toml"
    path.write_text("name = ", encoding="utf-8")
    with pytest.raises(SiteRuleError, match="rule.toml"):
        load_rule(path)


def test_body_unwrap_keeps_the_text_of_links() -> None:
    page = lxml.html.fromstring(
        '<div class="story"><p>It also <a href="/x">runs <b>joint</b> drills</a>, they say.</p>'
        '<p><a href="/y">Whole sentence linked.</a></p></div>'
    )
    rule = rule_from_dict({"name": "x", "body": {"containers": ["div.story"], "unwrap": ["a"]}})
    match = rule.body_containers(page)
    rule.clean_body(match.containers)
    assert not page.xpath("//a")
    assert [p.text_content() for p in page.xpath("//p")] == ["It also runs joint drills, they say.", "Whole sentence linked."]


def test_an_id_selector_is_looked_up_by_id_and_keeps_its_tag() -> None:
    page = lxml.html.fromstring("<html><body><div id='zox-site'><h1 id='title'>T</h1></div></body></html>")
    assert [el.tag for el in Selector("div#zox-site").select(page)] == ["div"]
    assert [el.tag for el in Selector("#title").select(page)] == ["h1"]
    assert Selector("p#title").select(page) == []
    assert Selector("#missing").select(page) == []
