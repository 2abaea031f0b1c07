"""Furniture lines among the story's paragraphs: date stamps, reading times, captions."""

from __future__ import annotations

import pytest

from articlekit.body.clean import is_furniture_line
from articlekit.model import Heading, Paragraph


@pytest.mark.parametrize(
    "text",
    [
        "Freitag, 28.04.2023, 19:25",
        "23. 12. 2024 13:31",
        "Do 25.04.24 | 14:07 Uhr",
        "2024-05-03",
        "4 minute read",
        "3 min read",
        "Lesezeit: 4 Minuten",
        "The twins celebrate every small win along the way. Foto: Privat",
        "Protesters in the streets on Friday night. Photo: Efrem Lukatsky/AP",
        "The simulated birth of a galaxy cluster (gas motion is shown in red). (Image credit: TNG Collaboration)",
        "Protesters have worn masks to protect their identities (Image: GETTY )",
        "Updated at 1:23 p.m.",
        "Last updated 6 hours ago",
        "Posted on March 3, 2024 at 10:00 am ET",
        "About 45 pigs an hour are slaughtered at the plant. Bildrechte: MDR/Anna Weber",
        "Quelle: AFP",
        "Source: company filings",
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
