"""Bylines as printed -> person names; the printed byline without "By", dates and contacts."""

from __future__ import annotations

import pytest

from articlekit.fields.byline import clean_byline, is_organization, parse_byline, split_names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By Jane Doe", ("Jane Doe",)),
        ("by jane doe", ("jane doe",)),
        ("By Jane Doe and John Roe, Staff Writers", ("Jane Doe", "John Roe")),
        ("By Anjali Mehta, Rohan Kapoor and Sunita Iyer", ("Anjali Mehta", "Rohan Kapoor", "Sunita Iyer")),
        ("Ana Lima & Tom Berg", ("Ana Lima", "Tom Berg")),
        ("Ana Lima / Tom Berg", ("Ana Lima", "Tom Berg")),
        ("Von Anna Weber und Jan Berg", ("Anna Weber", "Jan Berg")),
        ("Par Jeanne Martin et Paul Roux", ("Jeanne Martin", "Paul Roux")),
        ("Por María García y Luis Ortega", ("María García", "Luis Ortega")),
        ("By Mary O'Neill", ("Mary O'Neill",)),
        ("By Jean-Luc Picard", ("Jean-Luc Picard",)),
        ("By Maria Garcia-Lopez, Senior Political Correspondent", ("Maria Garcia-Lopez",)),
        ("Written by Li Wei on May 3, 2024", ("Li Wei",)),
        ("By Kim Lee | Updated 3 May 2024, 10:02 BST", ("Kim Lee",)),
        ("By Lena Brunner Updated Dec. 3, 2024 at 9:14 a.m. ET", ("Lena Brunner",)),
        ("Von Lena Brunner, aktualisiert am 3. Dezember 2024", ("Lena Brunner",)),
        ("By Gwen Pryce\nMonday, 19 February 2024", ("Gwen Pryce",)),
        ("By Sam Ortiz (sam.ortiz@example.com) @samortiz", ("Sam Ortiz",)),
        ("By Jane Doe and Jane Doe", ("Jane Doe",)),
    ],
)
def test_parse_byline(text: str, names: tuple[str, ...]) -> None:
    assert parse_byline(text) == names


def test_staff_byline_is_kept_as_printed() -> None:
    assert parse_byline("editorial") == ("editorial",)


@pytest.mark.parametrize("text", ["", "By", "Staff Writers", "Photo: Getty Images", "5 min read"])
def test_no_names(text: str) -> None:
    assert parse_byline(text) == ()


def test_sentence_is_not_a_name() -> None:
    assert parse_byline("The minister said on Tuesday that the talks would continue next week") == ()


def test_dateline_place_is_not_part_of_the_name() -> None:
    assert parse_byline("By Ana Lima in Lisbon") == ("Ana Lima",)


def test_credit_line_roles_are_not_part_of_the_names() -> None:
    names = parse_byline("Reporting by Ana Lima; Editing by Tom Berg")
    assert names and names[0] == "Ana Lima"
    assert not any(n.lower().startswith(("reporting", "editing")) for n in names)


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("By Jane Doe and John Roe", "Jane Doe and John Roe"),
        ("  By   Jane   Doe  ", "Jane Doe"),
        ("By Kim Lee | Updated 3 May 2024", "Kim Lee"),
        ("Jane Doe, 3 hours ago", "Jane Doe"),
        ("By Jane Doe https://twitter.com/janedoe", "Jane Doe"),
        ("View all posts by Craig Randall", "Craig Randall"),
        ("See more articles by Jane Doe", "Jane Doe"),
    ],
)
def test_clean_byline(text: str, printed: str) -> None:
    assert clean_byline(text) == printed


def test_clean_byline_drops_an_email_in_parentheses_entirely() -> None:
    assert clean_byline("By Sam Ortiz (sam.ortiz@example.com)") == "Sam Ortiz"


def test_split_names_splits_joined_structured_names() -> None:
    assert split_names(("Ana Lima and Tom Berg", "Kim Lee")) == ("Ana Lima", "Tom Berg", "Kim Lee")
    assert split_names(("Ana Lima", "Ana Lima")) == ("Ana Lima",)


def test_split_names_leaves_out_who_updated_the_story() -> None:
    assert split_names(("Benjamin Preston", "Updated by Jon Linkov")) == ("Benjamin Preston",)
    assert split_names(("Reviewed by Jon Linkov",)) == ("Jon Linkov",)  # alone, the only credit


@pytest.mark.parametrize(
    ("name", "expected"),
    [("The Daily Ledger", True), ("the daily ledger", True), ("TheDaily Ledger", True), ("Jane Doe", False)],
)
def test_is_organization_compares_with_the_publisher(name: str, expected: bool) -> None:
    assert is_organization(name, ["The Daily Ledger"]) is expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("capital, von, Jemima Kelly", ("Jemima Kelly",)),  # a kicker before the byline
        ("Travel, By, Sophie Foster", ("Sophie Foster",)),
        ("신현주 기자", ("신현주",)),
        ("Senior Correspondent Jane Doe", ("Jane Doe",)),
        ("Twitter, Facebook", ()),
        ("Von, BR24 Redaktion", ("BR24 Redaktion",)),  # a digit inside a word is no date
        ("von David Straub, MDR THÜRINGEN Stand: 28. April 2023, 05:00 Uhr", ("David Straub", "MDR THÜRINGEN")),
        ("Emma Mackenzie (Image: Getty Images/Cultura RF)", ("Emma Mackenzie",)),
        ("Podium Staff", ("Podium Staff",)),  # a desk keeps its name
        ("Insights from, Liza Burke, Marketing Director", ("Liza Burke",)),
        ("Sponsored", ()),
        ("Last update", ()),
        ("Ana Lima | 4 mins read", ("Ana Lima",)),
        ("Posted by Colin Watson on 2025-12-18 in debusine. Tags: debusine, free", ("Colin Watson",)),
        ("Posted by David at December 16, 2025 11:15 AM", ("David",)),
        ("Article by Matias Heikkilä", ("Matias Heikkilä",)),
    ],
)
def test_parse_byline_cleaning(text: str, names: tuple[str, ...]) -> None:
    assert parse_byline(text) == names


@pytest.mark.parametrize(
    ("name", "publishers"),
    [
        ("LTO", ["Legal Tribune Online"]),  # the publisher's initials
        ("Deutsche Welle", ["DW.COM"]),  # the domain's initials
        ("mdr.de", ["MDR"]),
        ("sportschau.de", []),  # any web domain
        ("VnExpress", ["Báo VnExpress"]),
        ("MDR THÜRINGEN", ["MDR"]),  # the publisher's regional desk
    ],
)
def test_organizations_beyond_the_exact_publisher_name(name: str, publishers: list[str]) -> None:
    assert is_organization(name, publishers)


@pytest.mark.parametrize("name", ["Jane Doe", "Reuters", "Lena Brunner"])
def test_people_and_agencies_are_not_the_publisher(name: str) -> None:
    assert not is_organization(name, ["The Daily Ledger", "ledger.example"])


def test_picture_credits_are_not_author_names() -> None:
    assert split_names(("(Image: Getty Images/Cultura RF)", "Emma Mackenzie")) == ("Emma Mackenzie",)


def test_labels_and_share_links_in_an_author_box_are_not_names() -> None:
    assert parse_byline("Autoren") == ()
    assert parse_byline("Twitter, Facebook") == ()
    assert parse_byline("Jane Roe, Twitter, E-Mail") == ("Jane Roe",)


# --- author round 2 -------------------------------------------------------------------------
from articlekit.fields.merge import merge as _merge  # noqa: E402
from articlekit.sources.candidate import Candidate as _Candidate, Candidates as _Candidates  # noqa: E402


def test_an_updated_date_before_written_by_leaves_the_name() -> None:
    text = "Updated January 08, 2026 Written by Meghan Neville Content Marketing Coordinator"
    assert parse_byline(text) == ("Meghan Neville",)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Matt Check, Head Winemaker, Co-Founder", ("Matt Check",)),
        ("Brett Cruz, Privacy and Digital Security Expert", ("Brett Cruz",)),
        ("Written By: Celeste Longacre, Gardener & Astrologer", ("Celeste Longacre",)),
    ],
)
def test_roles_after_a_name_are_not_people(text: str, names: tuple[str, ...]) -> None:
    assert parse_byline(text) == names


def test_a_person_name_is_kept_whole() -> None:
    # person_names: a structured Person's name is split only at a mark or a lower-case conjunction.
    assert split_names(("Sarah E. Needleman",), frozenset({"Sarah E. Needleman"})) == ("Sarah E. Needleman",)
    assert split_names(("Aa Ja",), frozenset({"Aa Ja"})) == ("Aa Ja",)
    assert split_names(("Ana Lima and Tom Berg",), frozenset({"Ana Lima and Tom Berg"})) == ("Ana Lima", "Tom Berg")


def test_person_names_candidates_come_from_a_json_ld_person() -> None:
    from articlekit.dom.parse import parse
    from articlekit.sources import jsonld

    page = parse(
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "H", '
        '"author": {"@type": "Person", "name": "Bruce Y. Lee"}}</script></head><body></body></html>'
    )
    found = {c.field: c.value for c in jsonld.candidates(page)}
    assert found["person_names"] == ("Bruce Y. Lee",)


def test_a_user_name_gives_way_to_the_printed_display_name() -> None:
    fields = _merge(
        _Candidates.of(
            [_Candidate("authors", ("kffnirmitap",), "jsonld"), _Candidate("byline_text", "By Nirmita Panchal", "html")]
        )
    )
    assert fields.authors == ("Nirmita Panchal",)
    alone = _merge(_Candidates.of([_Candidate("authors", ("janedoe",), "jsonld")]))
    assert alone.authors == ("janedoe",)
