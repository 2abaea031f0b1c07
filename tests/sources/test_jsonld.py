"""JSON-LD source: schema.org objects in <script type="application/ld+json">."""

from __future__ import annotations

import json
from typing import Any

from articlekit.dom.parse import parse
from articlekit.sources import jsonld
from articlekit.sources.candidate import Candidates


def page(*objects: Any, raw: str | None = None) -> str:
    scripts = "".join(
        f'<script type="application/ld+json">{json.dumps(o)}</script>' for o in objects
    )
    if raw is not None:
        scripts += f'<script type="application/ld+json">{raw}</script>'
    return f"<!DOCTYPE html><html><head><title>x</title>{scripts}</head><body><p>Story</p></body></html>"


def found(html: str) -> dict[str, list[Any]]:
    """field -> the non-empty values the source reported, in order."""
    out: dict[str, list[Any]] = {}
    for c in Candidates.of(jsonld.candidates(parse(html))).items:
        assert c.source == "jsonld"
        out.setdefault(c.field, []).append(c.value)
    return out


ARTICLE = {
    "@type": "NewsArticle",
    "headline": "Harbour bridge reopens after two-year repair",
    "description": "Traffic returned to the bridge on Monday morning.",
    "datePublished": "2024-05-03T15:47:42+02:00",
    "dateModified": "2024-05-03T18:02:00+02:00",
    "inLanguage": "en-GB",
    "url": "https://www.harbourpost.example/local/bridge-reopens",
    "keywords": ["bridges", "transport"],
    "image": {"@type": "ImageObject", "url": "https://img.harbourpost.example/bridge.jpg"},
    "articleSection": "Local",
    "author": {"@type": "Person", "name": "Nadia Okafor"},
    "publisher": {"@type": "NewsMediaOrganization", "name": "Harbour Post"},
}


def test_news_article_fields() -> None:
    got = found(page({"@context": "https://schema.org", **ARTICLE}))
    assert got["headline"] == ["Harbour bridge reopens after two-year repair"]
    assert got["description"] == ["Traffic returned to the bridge on Monday morning."]
    assert got["published"] == ["2024-05-03T15:47:42+02:00"]
    assert got["modified"] == ["2024-05-03T18:02:00+02:00"]
    assert got["language"] == ["en-GB"]
    assert got["canonical_url"] == ["https://www.harbourpost.example/local/bridge-reopens"]
    assert got["image"] == ["https://img.harbourpost.example/bridge.jpg"]
    assert got["section"] == ["Local"]
    assert got["tags"] == [("bridges", "transport")]
    assert got["authors"] == [("Nadia Okafor",)]
    assert "Harbour Post" in got["publisher"]


def test_graph_with_website_organization_breadcrumbs_and_article() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "@id": "https://x.example/#website", "name": "Harbour Post"},
            {"@type": "Organization", "@id": "https://x.example/#org", "name": "Harbour Post Media Ltd"},
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://x.example/"},
                    {"@type": "ListItem", "position": 2, "name": "Sport", "item": "https://x.example/sport"},
                    {"@type": "ListItem", "position": 3, "name": "Rowing club wins regional title"},
                ],
            },
            {k: v for k, v in ARTICLE.items() if k != "articleSection"},
        ],
    }
    got = found(page(graph))
    assert got["headline"] == ["Harbour bridge reopens after two-year repair"]
    assert got["section"] == ["Sport"]
    assert {"Harbour Post", "Harbour Post Media Ltd"} <= set(got["publisher"])


def test_top_level_array_and_type_given_as_list() -> None:
    objects = [
        {"@type": "Organization", "name": "Harbour Post"},
        {"@type": ["NewsArticle", "Article"], "headline": "Ferry timetable changes from June"},
    ]
    assert found(page(objects))["headline"] == ["Ferry timetable changes from June"]


def test_article_nested_as_main_entity_of_a_web_page() -> None:
    obj = {
        "@type": "WebPage",
        "name": "Harbour Post - Local news",
        "mainEntity": {"@type": "NewsArticle", "headline": "Lifeboat crew rescues two kayakers"},
    }
    assert found(page(obj))["headline"] == ["Lifeboat crew rescues two kayakers"]


def test_web_page_is_used_only_when_there_is_no_article_object() -> None:
    obj = {"@type": "WebPage", "name": "Council agrees new parking charges", "datePublished": "2024-01-09"}
    got = found(page(obj))
    assert got["headline"] == ["Council agrees new parking charges"]
    assert got["published"] == ["2024-01-09"]


def test_the_story_object_wins_over_a_thin_article_stub() -> None:
    stub = {"@type": "Article", "headline": "Harbour Post"}
    assert found(page(stub, ARTICLE))["headline"] == ["Harbour bridge reopens after two-year repair"]


def test_author_as_plain_string() -> None:
    assert found(page({**ARTICLE, "author": "Nadia Okafor"}))["authors"] == [("Nadia Okafor",)]


def test_author_list_mixes_strings_people_and_organizations() -> None:
    authors = [
        {"@type": "Person", "name": "Nadia Okafor"},
        "Tom Reyes",
        {"@type": "Organization", "name": "Press Association"},
    ]
    got = found(page({**ARTICLE, "author": authors}))
    assert got["authors"] == [("Nadia Okafor", "Tom Reyes")]
    assert "Press Association" not in got["authors"][0]


def test_organization_author_is_not_a_person() -> None:
    got = found(page({**ARTICLE, "author": {"@type": "Organization", "name": "Harbour Post"}}))
    assert "authors" not in got


def test_html_entities_in_values_are_decoded() -> None:
    got = found(page({**ARTICLE, "headline": "Fish &amp; chips shop wins award"}))
    assert got["headline"] == ["Fish & chips shop wins award"]


def test_comma_separated_keywords_are_split() -> None:
    got = found(page({**ARTICLE, "keywords": "bridges, transport , bridges"}))
    assert got["tags"] == [("bridges", "transport")]


def test_invalid_json_is_ignored_and_other_scripts_still_read() -> None:
    broken = '{"@type": "NewsArticle", "headline": "Trailing comma story",}'
    got = found(page(ARTICLE, raw=broken))
    assert got["headline"] == ["Harbour bridge reopens after two-year repair"]


def test_only_invalid_json_gives_no_candidates() -> None:
    assert found(page(raw='{"@type": "NewsArticle", "headline": ')) == {}


def test_script_wrapped_in_html_comment_is_read() -> None:
    raw = "<!-- " + json.dumps(ARTICLE) + " -->"
    assert found(page(raw=raw))["headline"] == ["Harbour bridge reopens after two-year repair"]


def test_non_article_objects_give_no_headline() -> None:
    got = found(page({"@type": "Recipe", "name": "Lemon drizzle cake"}))
    assert "headline" not in got


def test_author_given_as_a_reference_to_a_person_of_the_graph_is_read() -> None:
    graph = {
        "@graph": [
            {**ARTICLE, "author": {"@id": "https://www.harbourpost.example/#/person/7"}},
            {"@type": "Person", "@id": "https://www.harbourpost.example/#/person/7", "name": "Nadia Okafor"},
        ]
    }
    got = found(page(graph))
    assert got["authors"] == [("Nadia Okafor",)]
    assert got["person_names"] == [("Nadia Okafor",)]


def test_a_reference_to_an_organization_of_the_graph_is_no_person() -> None:
    graph = {
        "@graph": [
            {**ARTICLE, "author": [{"@id": "#org"}]},
            {"@type": "Organization", "@id": "#org", "name": "Harbour Post"},
        ]
    }
    got = found(page(graph))
    assert "authors" not in got
    assert got["byline_names"] == [("Harbour Post",)]


def test_a_reference_the_graph_does_not_hold_names_nobody() -> None:
    got = found(page({**ARTICLE, "author": {"@id": "#nobody"}}))
    assert "authors" not in got and "byline_names" not in got


def test_organizations_credited_beside_people_are_reported_apart() -> None:
    authors = [{"@type": "Person", "name": "Nadia Okafor"}, {"@type": "Organization", "name": "Reuters"}]
    got = found(page({**ARTICLE, "author": authors}))
    assert got["authors"] == [("Nadia Okafor",)]
    assert got["credited_organizations"] == [("Reuters",)]


def test_an_organization_alone_is_not_credited_beside_anyone() -> None:
    got = found(page({**ARTICLE, "author": {"@type": "Organization", "name": "Reuters"}}))
    assert "credited_organizations" not in got
