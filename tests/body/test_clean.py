"""Furniture lines among the story's paragraphs: date stamps, reading times, captions."""

from __future__ import annotations

import pytest

from articlekit.body.clean import cut_at_end_of_story, drop_sign_off, is_furniture_line
from articlekit.model import Heading, Paragraph


@pytest.mark.parametrize(
    "text",
    [
        "Freitag, 28.04.2023, 19:25",
        "23. 12. 2024 13:31",
        "Do 25.04.24 | 14:07 Uhr",
        "Do 25.04.24 | 14:07 Uhr | Von Eva Kirchner-Rätsch",
        "June 3, 2024 • By Ana Lima • 4 min read",
        "7 min read\n·\nDec 30, 2013",
        "2024-05-03",
        "4 minute read",
        "3 min read",
        "Lesezeit: 4 Minuten",
        "15.04.2026 - 15:48 UhrLesedauer: 2 Min.",
        "Reading time",
        "The twins celebrate every small win along the way. Foto: Privat",
        "Protesters in the streets on Friday night. Photo: Efrem Lukatsky/AP",
        "The simulated birth of a galaxy cluster (gas motion is shown in red). (Image credit: TNG Collaboration)",
        "Protesters have worn masks to protect their identities (Image: GETTY )",
        "Das Wohn- und Pflegeheim in Nußdorf-Debant © Gemeinde Nußdorf-Debant",
        "Il vous reste 57.09% de cet article à lire. La suite est réservée aux abonnés.",
        "Für 0.99 € können Sie diesen Artikel erwerben.",
        "This article is only available to subscribers.",
        "Uppdaterad 15.59 | Publicerad 14.14",
        "AFP",
        "SDA/sep",
        "(dpa)",
        "This entry was posted in News and tagged rail. Bookmark the permalink.",
        "You can follow any responses to this entry through the RSS 2.0 feed.",
        "Updated at 1:23 p.m.",
        "Last updated 6 hours ago",
        "Posted on March 3, 2024 at 10:00 am ET",
        "Published Aug 28, 2024 • Last updated 1 hour ago • 4 minute read",
        "25.10.2025 - 15:26 Uhr",
        "About 45 pigs an hour are slaughtered at the plant. Bildrechte: MDR/Anna Weber",
        "Quelle: AFP",
        "Source: company filings",
        "(Quelle: APA/sda/dpa)",
        "（责编：牛镛、岳弘彬）",
        "Follow Metro.co.uk on Twitter and Facebook for the latest news updates.",
        "Follow TechRadar on Google News to get our expert news in your feeds.",
        "Check out more of our travel stories by signing up to our free weekly newsletter",
        "Get in touch with our news team by emailing us at news@example.com.",
        "1/3\nEight houses and a school were hit, the ministry said. Foto: Efrem Lukatsky/AP\n"
        "Dnipro and Sumy were attacked too. Foto: Dan Bashakov/AP",
    ],
)
def test_furniture_lines(text: str) -> None:
    assert is_furniture_line(Paragraph(text))


@pytest.mark.parametrize(
    "text",
    [
        "The vote was 52-48.",
        "9.7/10",
        "4.7/5",
        "Cost per Credit:\nIn-State | $472\nOut-of-State | $472",
        "Photo: he said the image: was clear, and the board agreed.",
        "In 2024 the rate rose to 4.5 per cent, the highest since 2008.",
        "Updated figures show the rate rose to 4.5 per cent.",
        "Published in 2019, the report found 12 cases.",
        "The newsletter, which has two million readers, said it would sign up more writers.",
        "Supporters were told to follow the rules on the march.",
        "1/3 of the budget goes to schools.\nThe rest is shared by roads and parks.",
        "Last updated in 2023, the guidance reads 4 minutes a day.",
        "1.2 - 3.4",
        "The vote was 5 | 4 in favour",
        "The logo is © 2024 by the agency. It was redrawn last year.",
        "The club said tickets are available to members only this season.",
        "AP reported the figures.",
        "Home | News | Politics",
        "Lille · Paris",
        "Source: a person familiar with the talks said the deal could be signed as soon as Friday, "
        "once the last details of the financing are settled.",
        "She took the photo herself. Credit: where it is due, the council acted fast, and residents noticed. "
        * 5,
    ],
)
def test_story_lines_are_kept(text: str) -> None:
    assert not is_furniture_line(Paragraph(text))


def test_only_paragraphs_are_judged() -> None:
    assert not is_furniture_line(Heading("28.04.2023", 2))


STORY = "The council voted on Tuesday to extend the night bus network to the outer districts, a plan that has been debated for years and that residents had petitioned for since the last election, when turnout in the outer districts hit a record."


def test_an_end_heading_near_the_end_cuts_what_follows() -> None:
    blocks = [Paragraph(STORY), Paragraph(STORY + " More."), Heading("Related stories", 2), Paragraph("Bus fares to rise in May")]
    assert cut_at_end_of_story(blocks) == blocks[:2]


def test_an_inline_box_loses_only_its_heading_and_links() -> None:
    story = [Paragraph(f"{STORY} ({n})") for n in range(4)]
    box = [Heading("Recommended Reading", 2), Paragraph("Why the night bus matters"), Paragraph("A city that never sleeps")]
    rest = [Paragraph(f"{STORY} [{n}]") for n in range(3)]
    assert cut_at_end_of_story(story + box + rest) == story + rest


def test_teasers_with_long_excerpts_are_not_the_story_going_on() -> None:
    story = [Paragraph(f"{STORY} ({n})") for n in range(4)]
    teasers = [Heading("Related", 2), Paragraph(STORY[:150] + "..."), Paragraph(STORY[:160] + "…")]
    assert cut_at_end_of_story(story + teasers) == story


def test_the_story_may_resume_under_its_own_subheading() -> None:
    story = [Paragraph(f"{STORY} ({n})") for n in range(6)]
    promo = [Paragraph("More on this topic in our weekly rates check:")]
    rest = [Paragraph(f"{STORY} [0]"), Heading("What savers can expect", 2), Paragraph(f"{STORY} [1]")]
    assert cut_at_end_of_story(story + promo + rest) == story + rest


def test_a_sentence_leading_into_a_list_is_not_a_box_heading() -> None:
    blocks = [Paragraph(STORY), Paragraph("Popular renovations for staying put this year include:"), Paragraph(STORY + " Walk-in showers.")]
    assert cut_at_end_of_story(blocks) == blocks


def test_a_sentence_that_opens_like_a_box_heading_is_story() -> None:
    blocks = [Paragraph(STORY), Paragraph("More on that in a follow-up post about the timetable."), Paragraph(STORY + " Next.")]
    assert cut_at_end_of_story(blocks) == blocks


def test_a_call_to_sign_up_ends_the_story_even_as_a_sentence() -> None:
    blocks = [Paragraph(STORY), Paragraph(STORY + " Next."), Paragraph("Sign up now for the weekly deals newsletter!"), Paragraph(STORY + " Deals.")]
    assert cut_at_end_of_story(blocks) == blocks[:2]


def test_comments_never_give_the_story_back() -> None:
    story = [Paragraph(f"{STORY} ({n})") for n in range(4)]
    comments = [Heading("Comments", 2), Paragraph(STORY + " I disagree."), Paragraph(STORY + " Well said.")]
    assert cut_at_end_of_story(story + comments) == story


def test_a_box_title_early_in_the_story_goes_alone() -> None:
    # The box's links were left out already; the short paragraph after its title is story.
    opening = [Paragraph(f"{STORY} ({n})") for n in range(2)]
    rest = [Paragraph("A key reason was the new timetable."), *(Paragraph(f"{STORY} [{n}]") for n in range(6))]
    assert cut_at_end_of_story([*opening, Heading("Related news", 3), *rest]) == opening + rest


def test_a_subheading_early_in_the_story_that_only_opens_like_a_box_title_stays() -> None:
    opening = [Paragraph(f"{STORY} ({n})") for n in range(2)]
    rest = [Heading("More buses for the outer districts", 2), *(Paragraph(f"{STORY} [{n}]") for n in range(6))]
    assert cut_at_end_of_story(opening + rest) == opening + rest


def test_an_authors_box_in_german_ends_the_story() -> None:
    blocks = [Paragraph(STORY), Paragraph(STORY + " Next."), Heading("Die Autorin", 3), Paragraph(STORY + " Bio.")]
    assert cut_at_end_of_story(blocks) == blocks[:2]


def test_a_recent_posts_widget_ends_the_story() -> None:
    blocks = [Paragraph(STORY), Paragraph(STORY + " Next."), Heading("Recent Posts", 3), Paragraph("Night buses: what changes")]
    assert cut_at_end_of_story(blocks) == blocks[:2]


STORY_LINES = [
    Paragraph("The talks in Geneva ended without an agreement on Friday, and both sides said they "
              "would meet again next month to discuss the remaining points of the ceasefire."),
    Paragraph("Diplomats said the question of who would monitor the border remained the main obstacle."),
]


@pytest.mark.parametrize(
    "credit",
    [
        "Reporting by Maya Gebeily in Beirut; Writing by David Clarke; Editing by Daniel Flynn",
        "— Associated Press writer John Leicester in Paris contributed to this report.",
        "– additional reporting by Donald Matthys",
        "With reports from Reforma and El Economista",
        "First published in The Conversation.",
        "Dieser Artikel ist zuerst bei \"Capital\" erschienen.",
        "Mit Agenturmaterial.",
        "Redaktion: Marcus Bensmann, Elena Müller\nFaktencheck: Marcus Bensmann",
        "Übersetzung: Tristan Oetker-Kast, Schlussredaktion: Lea Schönborn",
        "Aus dem Englischen von Jan Doolan",
    ],
)
def test_credit_lines_closing_the_story_are_left_out(credit: str) -> None:
    assert drop_sign_off([*STORY_LINES, Paragraph(credit)]) == STORY_LINES


def test_credit_words_inside_the_story_are_kept() -> None:
    opening = Paragraph("Reporting by the regional paper last year first revealed the contracts, and "
                        "the council has since ordered an independent review of how they were awarded.")
    blocks = [opening, *STORY_LINES, Paragraph("Talks resume in March."), Paragraph("Both sides agreed.")]
    assert drop_sign_off(blocks) == blocks


@pytest.mark.parametrize(
    "note",
    [
        "Mamokete Modiba is a senior researcher with the City-Region Observatory.",
        "Manuela Conrad ist Reporterin für das Berichtsgebiet Russland und Zentralasien.",
        "Mamokete Modiba has no position in any of the companies mentioned.",
    ],
)
def test_a_note_on_the_author_closing_the_story_is_left_out(note: str) -> None:
    authors = ["Mamokete Modiba", "Manuela Conrad"]
    assert drop_sign_off([*STORY_LINES, Paragraph(note)], authors) == STORY_LINES


def test_the_authors_name_opening_a_paragraph_of_the_story_is_kept() -> None:
    # Only a full name of the byline counts, and only among the last blocks.
    subject = Paragraph("Modiba is a senior researcher, and her survey of the city's transit users is the largest yet.")
    early = Paragraph("Mamokete Modiba is a senior researcher who has walked every bus route in the city.")
    blocks = [early, *STORY_LINES, Paragraph("Talks resume in March."), Paragraph("Both sides agreed."), subject]
    assert drop_sign_off(blocks, ["Mamokete Modiba"]) == blocks
