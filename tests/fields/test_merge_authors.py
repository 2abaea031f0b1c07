"""The author merge: which source names the authors when structured data and print disagree."""

from __future__ import annotations

import pytest

from articlekit.fields.merge import Fields, merge
from articlekit.sources.candidate import Candidate, Candidates


def merged(*candidates: Candidate) -> Fields:
    return merge(Candidates.of(candidates))


def test_organizations_credited_beside_the_people_are_authors_too() -> None:
    fields = merged(
        Candidate("publisher", "Harbour Post", "jsonld"),
        Candidate("authors", ("Nadia Okafor",), "jsonld"),
        Candidate("credited_organizations", ("Reuters", "Harbour Post"), "jsonld"),
        Candidate("byline_names", ("Nadia Okafor", "Reuters", "Harbour Post"), "jsonld"),
    )
    assert fields.authors == ("Nadia Okafor", "Reuters", "Harbour Post")
    assert fields.provenance["authors"] == "jsonld"


def test_credited_organizations_of_another_source_are_not_added() -> None:
    fields = merged(
        Candidate("authors", ("Nadia Okafor",), "microdata"),
        Candidate("credited_organizations", ("Reuters",), "jsonld"),
    )
    assert fields.authors == ("Nadia Okafor",)


@pytest.mark.parametrize(
    "editor_line",
    ["Editor : Tomás Reyes", "Edited by Tomás Reyes", "Redaktur: Tomás Reyes", "Editor - Tomás Reyes, Desk"],
)
def test_a_structured_author_printed_as_the_editor_gives_way_to_the_printed_writer(editor_line: str) -> None:
    fields = merged(
        Candidate("authors", ("Tomás Reyes",), "jsonld"),
        Candidate("byline_text", "Lina Hartono", "html"),
        Candidate("byline_text", editor_line, "html"),
    )
    assert fields.authors == ("Lina Hartono",)
    assert fields.provenance["authors"] == "html"


def test_an_editorial_line_is_not_an_editor_label() -> None:
    fields = merged(
        Candidate("authors", ("Tomás Reyes",), "jsonld"),
        Candidate("byline_text", "Lina Hartono", "html"),
        Candidate("byline_text", "Editorial standards of Tomás Reyes", "html"),
    )
    assert fields.authors == ("Tomás Reyes",)


def test_a_structured_author_printed_as_the_writer_too_stays() -> None:
    # The editor also wrote the story: the printed byline names the same person.
    fields = merged(
        Candidate("authors", ("Tomás Reyes",), "jsonld"),
        Candidate("byline_text", "By Tomás Reyes", "html"),
        Candidate("byline_text", "Editor: Tomás Reyes", "html"),
    )
    assert fields.authors == ("Tomás Reyes",)
    assert fields.provenance["authors"] == "jsonld"


def test_later_printed_bylines_do_not_override_an_organization_the_page_prints() -> None:
    # The structured data and the first printed byline credit the publisher; the later
    # "bylines" are teasers of other stories.
    fields = merged(
        Candidate("publisher", "Fjord Tools", "jsonld"),
        Candidate("authors", ("Fjord Tools",), "jsonld"),
        Candidate("byline_text", "Author: Fjord Tools", "html"),
        Candidate("byline_text", "Ten ways to sharpen a chisel, Maren Lie, May 2, 2025", "html"),
    )
    assert fields.authors == ("Fjord Tools",)


def test_later_printed_bylines_name_the_people_when_the_page_prints_no_credit_first() -> None:
    fields = merged(
        Candidate("publisher", "Fjord Tools", "jsonld"),
        Candidate("authors", ("Fjord Tools",), "jsonld"),
        Candidate("byline_text", "About the author", "html"),
        Candidate("byline_text", "By Maren Lie", "html"),
    )
    assert fields.authors == ("Maren Lie",)


@pytest.mark.parametrize("handle", ["katiel", "KatieL", "mlie_2", "maren.lie", "Maren.lie"])
def test_a_user_name_gives_way_to_the_printed_full_name(handle: str) -> None:
    fields = merged(
        Candidate("authors", (handle,), "jsonld"),
        Candidate("byline_text", "by Maren Lie", "html"),
    )
    assert fields.authors == ("Maren Lie",)


@pytest.mark.parametrize("name", ["Maren", "McAllister", "O'Neil", "J.R."])
def test_a_one_word_name_is_not_a_user_name(name: str) -> None:
    fields = merged(
        Candidate("authors", (name,), "jsonld"),
        Candidate("byline_text", "by Ivy Marsh", "html"),
    )
    assert fields.authors == (name,)
