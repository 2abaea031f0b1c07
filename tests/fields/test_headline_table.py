"""Headlines on the open web: the furniture templates put around a title, and which source
tells the story's headline when the page's sources disagree. Each row is a template seen on
real pages, with made-up words."""

from __future__ import annotations

import pytest

from articlekit.fields.headline import choose_headline, strip_site_name
from articlekit.fields.merge import HEADLINE_WEIGHTS

# (title, known site names, the headline in it)
TITLES = [
    # a brand after a bar, the site's name unknown to the page's metadata
    ("The Ultimate Lawn Mower Maintenance Checklist | Ridgeway Tires", [], "The Ultimate Lawn Mower Maintenance Checklist"),
    ("SPRING SALE | Shopmart.com", [], "SPRING SALE"),
    ("Best Residential Movers in Denver 2025 | Top 19 Companies | Haulwise", [], "Best Residential Movers in Denver 2025"),
    ("How to help toddlers sleep through the night | Patient Education | Lakeside Children's Hospital", [],
     "How to help toddlers sleep through the night"),
    # a host name as the site's name, at either end and after any separator
    ("Ten tips for a cheaper move - Movewise.org", [], "Ten tips for a cheaper move"),
    ("Tageblatt.lu - Streik legt den Nahverkehr lahm", [], "Streik legt den Nahverkehr lahm"),
    # an aggregator's source credit and comment count
    ("Graduates Find Degrees No Longer Guarantee Jobs (latimes.com) 87", [], "Graduates Find Degrees No Longer Guarantee Jobs"),
    # a section or format label
    ("How meditation changes the brain | Opinion", [], "How meditation changes the brain"),
    ("2025 Insurance Company Rankings - Infographic", [], "2025 Insurance Company Rankings"),
    ("Streit um den Haushalt eskaliert - Politik - Stadtzeitung", ["Stadtzeitung"], "Streit um den Haushalt eskaliert"),
    # a Markdown heading mark a template kept from the raw text
    ("## Binding Agents for Martian Concrete Construction", [], "Binding Agents for Martian Concrete Construction"),
    # a site name that holds a separator itself
    ("The Beginner's Guide to Gym Equipment - Peak Fitness | Affordable Gyms Near Me",
     ["Peak Fitness | Affordable Gyms Near Me"], "The Beginner's Guide to Gym Equipment"),
    # Korean titles: a bar written with the Hangul vowel, a section glued on with a bare dash
    ("한동훈 제명했지만 절연 ·외연 확장 부담 커졌다-정치ㅣ한국일보", ["한국일보"], "한동훈 제명했지만 절연 ·외연 확장 부담 커졌다"),
]

# Titles whose parts are all the headline's own.
KEPT = [
    "Rückschlag im Titelkampf - Liverpool verliert bei Everton",  # a dash may be the headline's
    "Anti-war protest fills the square",
    "Pro-business lobby wins the vote",  # a label word after a bare dash is a compound
    "Sophie Binet met en garde sur la « gravité de la situation dans le pays »",
    "Why Node.js - and not Deno - runs our build",  # "Node.js" is not a host name
    "Rates held again | What the central bank said and what it means for mortgages",  # too long for a brand
    "Review | Hotel",  # a brand is shorter than the headline it follows
]


@pytest.mark.parametrize(("title", "sites", "headline"), TITLES)
def test_furniture_is_taken_off_the_title(title: str, sites: list[str], headline: str) -> None:
    assert strip_site_name(title, sites) == headline


@pytest.mark.parametrize("title", KEPT)
def test_a_headline_without_furniture_is_kept_whole(title: str) -> None:
    assert strip_site_name(title, []) == title


def choose(found: list[tuple[str, str]], sites: list[str] | None = None) -> str | None:
    chosen = choose_headline(found, HEADLINE_WEIGHTS, sites or [])
    return chosen[0] if chosen else None


def test_the_visible_h1_wins_over_the_seo_title_the_metadata_repeat() -> None:
    # One SEO value copied into JSON-LD, og:title and <title>; the <h1> tells the same story in
    # other words.
    found = [
        ("Using Machine Learning To Personalize Shopping | Cartly", "jsonld"),
        ("Using Machine Learning To Personalize Shopping | Cartly", "opengraph"),
        ("How Machine Learning Personalizes Ecommerce Shopping Experiences", "h1"),
        ("Using Machine Learning To Personalize Shopping | Cartly", "title"),
    ]
    assert choose(found, ["Cartly"]) == "How Machine Learning Personalizes Ecommerce Shopping Experiences"


def test_a_kicker_in_the_metadata_is_not_a_rewording() -> None:
    # "Kicker: Headline" in the metadata, the bare headline in the <h1>: the metadata's fuller
    # form stays the choice.
    found = [
        ("Akkutechnik: Hat Voltcell genug Akkus für ein Motorrad gebaut?", "jsonld"),
        ("Akkutechnik: Hat Voltcell genug Akkus für ein Motorrad gebaut?", "opengraph"),
        ("Hat Voltcell genug Akkus für ein Motorrad gebaut?", "h1"),
    ]
    assert choose(found) == "Akkutechnik: Hat Voltcell genug Akkus für ein Motorrad gebaut?"


def test_metadata_that_disagree_among_themselves_keep_their_vote() -> None:
    # og:title gives a third wording: the metadata do not repeat one SEO value, and JSON-LD and
    # <title> together outweigh the <h1>.
    found = [
        ("Teenager becomes sixth to die in methanol poisoning as police detain hostel bosses", "jsonld"),
        ("Sixth death in suspected methanol poisoning", "opengraph"),
        ("Australian teenager becomes sixth to die in methanol poisoning", "h1"),
        ("Teenager becomes sixth to die in methanol poisoning as police detain hostel bosses", "title"),
    ]
    assert choose(found) == "Teenager becomes sixth to die in methanol poisoning as police detain hostel bosses"


def test_an_h1_with_nothing_in_common_with_the_metadata_is_not_the_headline() -> None:
    # A heading of the body set as an <h1>, and the title the page declares.
    found = [
        ("Advent of Code 2025 week 2", "opengraph"),
        ("Conclusions and lessons learned", "h1"),
        ("Advent of Code 2025 week 2", "title"),
    ]
    assert choose(found) == "Advent of Code 2025 week 2"


def test_an_h1_that_is_the_headline_in_other_words_keeps_its_vote() -> None:
    found = [
        ("Our favourite biking spots in Houston", "opengraph"),
        ("The best trails in Houston for biking", "h1"),
    ]
    assert choose(found) == "The best trails in Houston for biking"


def test_a_short_headline_counts_when_two_sources_agree() -> None:
    found = [("Coffee - Stevens Point Conservatory", "opengraph"), ("Coffee", "h1")]
    assert choose(found, ["Stevens Point Conservatory"]) == "Coffee"


def test_a_short_text_from_one_source_is_a_label() -> None:
    assert choose([("Coffee", "h1")]) is None


def test_the_headline_is_given_in_its_own_letter_case() -> None:
    # The template writes the <h1> in capitals; og:title carries the same words as written.
    found = [("TIPS FOR ONLINE SUCCESS", "h1"), ("Tips for Online Success", "opengraph")]
    assert choose(found) == "Tips for Online Success"


def test_an_h1_in_capitals_the_metadata_do_not_share_is_a_banner() -> None:
    # The template sets a short banner in capitals as the <h1>; the metadata declare the title.
    found = [
        ("Payroll Compliance: Applying Labour Rules To Your Small Business", "opengraph"),
        ("SUPPORTING PAYROLL COMPLIANCE", "h1"),
        ("Payroll Compliance: Applying Labour Rules To Your Small Business", "title"),
    ]
    assert choose(found) == "Payroll Compliance: Applying Labour Rules To Your Small Business"


def test_an_h1_in_capitals_that_the_metadata_share_is_the_headline() -> None:
    # The writer typed the title in capitals: og:title repeats it.
    found = [
        ("Consulting vs Insurance | The Careers Club", "jsonld"),
        ("CONSULTING VS. INSURANCE", "opengraph"),
        ("CONSULTING VS. INSURANCE", "h1"),
        ("Consulting vs Insurance | The Careers Club", "title"),
    ]
    assert choose(found, ["The Careers Club"]) == "CONSULTING VS. INSURANCE"


def test_a_metadata_title_cut_short_counts_for_the_whole_title() -> None:
    # JSON-LD cut at a length limit mid-sentence; og:title and <title> give the whole.
    whole = "Fix It Friday: Struggling To Light Your Hallway? We Help 3 Readers Find Ideas (Including One Cheap Trick)"
    found = [
        ("Fix It Friday: Struggling To Light Your Hallway? We Help 3 Readers Find Ideas (Including", "jsonld"),
        (f"{whole} - Maple Interiors", "opengraph"),
        (f"{whole} - Maple Interiors", "title"),
    ]
    assert choose(found, ["Maple Interiors"]) == whole


def test_a_start_two_sources_give_is_the_declared_headline() -> None:
    found = [
        ("Rate decision on Thursday: will the bank cut again? A clear answer", "jsonld"),
        ("Rate decision on Thursday: will the bank cut again? A clear answer", "opengraph"),
        ("Rate decision on Thursday: will the bank cut again? A clear answer from experts", "h1"),
        ("Rate decision on Thursday: will the bank cut again? A clear answer from experts", "title"),
    ]
    assert choose(found) == "Rate decision on Thursday: will the bank cut again? A clear answer"


def test_the_h1_gives_its_own_punctuation_for_the_same_words() -> None:
    # The SEO tool wrote a hyphen for the colon the page prints.
    found = [
        ("Tablet UX Design - The Complete Guide 2025", "jsonld"),
        ("Tablet UX Design - The Complete Guide 2025", "opengraph"),
        ("Tablet UX Design: The Complete Guide 2025", "h1"),
    ]
    assert choose(found) == "Tablet UX Design: The Complete Guide 2025"


def test_an_h1_that_lost_a_separator_to_its_layout_takes_the_metadata_form() -> None:
    # Title and subtitle in two spans of the <h1>; the metadata join them with a dash.
    found = [
        ("What Mentoring is and What it is not. - Choosing a good, patient mentor", "opengraph"),
        ("What Mentoring is and What it is not. Choosing a good, patient mentor", "h1"),
    ]
    assert choose(found) == "What Mentoring is and What it is not. - Choosing a good, patient mentor"


def test_quotes_alone_do_not_change_the_form() -> None:
    found = [
        ("Why Cheap Hosting Doesn't Pay", "opengraph"),
        ("Why Cheap Hosting Doesn\u2019t Pay", "h1"),
    ]
    assert choose(found) == "Why Cheap Hosting Doesn\u2019t Pay"
