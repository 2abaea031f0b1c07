"""Choosing the section among the kinds of evidence."""

from __future__ import annotations

from articlekit.fields.section import choose_section, clean_section, is_site_label
from articlekit.sources.candidate import Candidate
from articlekit.sources.sections import BREADCRUMB, CATEGORY_LINK, CATEGORY_REL, KICKER, SECTION_PAGE_LINK, TRAIL_NAMES


def test_breadcrumb_beats_the_declared_section_and_gives_its_last_crumb() -> None:
    ranked = [
        Candidate("section", "news", "jsonld"),
        Candidate("section", ("Economy", "Markets"), "html", BREADCRUMB),
    ]
    assert choose_section(ranked, []) == ("Markets", "html")


def test_category_link_beats_the_declared_section() -> None:
    ranked = [Candidate("section", "Article", "jsonld"), Candidate("section", "Politics", "html", CATEGORY_LINK)]
    assert choose_section(ranked, []) == ("Politics", "html")


def test_declared_section_beats_a_category_rel_link_and_the_url() -> None:
    ranked = [
        Candidate("section", "Business", "opengraph"),
        Candidate("section", "Markets", "html", CATEGORY_REL),
        Candidate("section", "Money", "url"),
    ]
    assert choose_section(ranked, []) == ("Business", "opengraph")
    assert choose_section(ranked[1:], []) == ("Markets", "html")
    assert choose_section(ranked[2:], []) == ("Money", "url")


def test_site_name_crumb_is_passed_over_for_the_one_before() -> None:
    ranked = [Candidate("section", ("Kultur", "rbb|24"), "html", BREADCRUMB)]
    assert choose_section(ranked, ["rbb|24"]) == ("Kultur", "html")


def test_html_sources_unplaced_reading_is_not_used() -> None:
    assert choose_section([Candidate("section", "Ausgabe 42/2025", "html")], []) is None


def test_a_jsonld_crumb_taken_alone_gives_way_to_the_whole_trail() -> None:
    ranked = [
        Candidate("section", "Aktuelles", "jsonld"),
        Candidate("section", ("Website", "Aktuelles", "Hintergründe", "Story"), "jsonld", TRAIL_NAMES),
    ]
    # Only the trail's names are known here (no kept crumbs): the lone crumb is dropped.
    assert choose_section(ranked, []) is None


def test_printed_labels_keep_their_commas_declared_lists_do_not() -> None:
    label = "Health, Fitness & Nutrition"
    assert choose_section([Candidate("section", label, "html", CATEGORY_LINK)], [])[0] == label  # type: ignore[index]
    assert choose_section([Candidate("section", "Global,Innovation", "jsonld")], []) == ("Global", "jsonld")


def test_clean_and_site_label() -> None:
    assert clean_section("World, Middle East") == "World"
    assert is_site_label("MDR.DE", ["MDR"])


def test_label_prefix_is_dropped_and_the_default_category_is_a_last_resort() -> None:
    ranked = [
        Candidate("section", ("Category: Uncategorized",), "jsonld", BREADCRUMB),
        Candidate("section", ("Blog",), "jsonld", BREADCRUMB),
    ]
    assert choose_section(ranked, []) == ("Blog", "jsonld")
    assert choose_section(ranked[:1], []) == ("Uncategorized", "jsonld")
    assert choose_section([Candidate("section", "Category: Travel", "jsonld")], []) == ("Travel", "jsonld")


def test_visible_trail_beats_the_jsonld_trail_unless_it_reads_like_a_menu() -> None:
    jsonld = Candidate("section", ("All Knowledge Hubs",), "jsonld", BREADCRUMB)
    visible = Candidate("section", ("Resources", "Knowledge Hub"), "html", BREADCRUMB)
    assert choose_section([jsonld, visible], []) == ("Knowledge Hub", "html")
    menu = Candidate("section", ("News", "Politik", "Wirtschaft", "Umwelt", "Panorama", "Spanien"), "html", BREADCRUMB)
    assert choose_section([Candidate("section", ("Aktuelles",), "jsonld", BREADCRUMB), menu], []) == ("Aktuelles", "jsonld")


def test_site_name_that_is_the_urls_section_is_kept() -> None:
    ranked = [Candidate("section", ("Blog",), "jsonld", BREADCRUMB), Candidate("section", "Blog", "url")]
    assert choose_section(ranked, ["Blog"]) == ("Blog", "jsonld")
    assert choose_section([Candidate("section", ("Blog",), "jsonld", BREADCRUMB)], ["Blog"]) is None


def test_nav_and_kicker_evidence_ranks_between_the_declared_section_and_the_url() -> None:
    ranked = [
        Candidate("section", "Blog", "url"),
        Candidate("section", "Blogs", "html", SECTION_PAGE_LINK),
        Candidate("section", "Industry Insights", "html", KICKER),
    ]
    assert choose_section(ranked, []) == ("Industry Insights", "html")
    assert choose_section(ranked[:2], []) == ("Blogs", "html")
    assert choose_section([Candidate("section", "Other", "jsonld"), ranked[1]], []) == ("Blogs", "html")
