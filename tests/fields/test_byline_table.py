"""Bylines as news sites print them, in several languages: printed text -> person names.

Written for this project (invented names, real-world shapes); each row is one pattern a parser
meets on the web.
"""

from __future__ import annotations

import pytest

from articlekit.fields.byline import parse_byline

TABLE: list[tuple[str, tuple[str, ...]]] = [
    # English
    ("By Hannah Okafor", ("Hannah Okafor",)),
    ("BY HANNAH OKAFOR", ("HANNAH OKAFOR",)),
    ("By Hannah Okafor and Peter Lindqvist", ("Hannah Okafor", "Peter Lindqvist")),
    ("By Hannah Okafor, Peter Lindqvist and Rosa Mendes", ("Hannah Okafor", "Peter Lindqvist", "Rosa Mendes")),
    ("By Hannah Okafor, Peter Lindqvist, and Rosa Mendes", ("Hannah Okafor", "Peter Lindqvist", "Rosa Mendes")),
    ("Hannah Okafor and Peter Lindqvist | Staff Writers", ("Hannah Okafor", "Peter Lindqvist")),
    ("Hannah Okafor, Reporter", ("Hannah Okafor",)),
    ("Hannah Okafor, Senior Political Correspondent", ("Hannah Okafor",)),
    ("By Hannah Okafor, Health Editor", ("Hannah Okafor",)),
    ("Written by Hannah Okafor", ("Hannah Okafor",)),
    ("Story by Hannah Okafor", ("Hannah Okafor",)),
    ("Hannah Okafor .", ("Hannah Okafor",)),
    # a kicker or a program's name run into the byline
    ("Exclusive By Hannah Okafor", ("Hannah Okafor",)),
    ("Heard on Morning Edition By Hannah Okafor | Harbour Public Radio", ("Hannah Okafor", "Harbour Public Radio")),
    ("By Hannah Okafor | Published March 3, 2024", ("Hannah Okafor",)),
    ("By Hannah Okafor Updated 10:42 AM EST, Mon March 4, 2024", ("Hannah Okafor",)),
    ("By Hannah Okafor, March 3, 2024", ("Hannah Okafor",)),
    ("By Hannah Okafor on 3 March 2024", ("Hannah Okafor",)),
    ("By Hannah Okafor • 5 min read", ("Hannah Okafor",)),
    # reviewers, employers, credentials and builder markup
    ("Written by Hannah Okafor. Medically reviewed by Dr. Peter Lindqvist", ("Hannah Okafor",)),
    ("Reviewed by Rosa Mendes, Trial Attorney at Mendes & Partners", ("Rosa Mendes",)),
    ("Hannah Okafor, CEO of Lindqvist Analytics", ("Hannah Okafor",)),
    ("By Hannah Okafor, Updated by Peter Lindqvist", ("Hannah Okafor",)),
    ("Fact checked by Rosa Mendes", ("Rosa Mendes",)),
    ("Written byHannah Okafor", ("Hannah Okafor",)),
    ("Written By:, Hannah Okafor", ("Hannah Okafor",)),
    ("Hannah Okafor, Tech Reporter", ("Hannah Okafor",)),
    ("Peter Lindqvist, Founder & Lead Reviewer", ("Peter Lindqvist",)),
    ("Rosa Mendes, DVM", ("Rosa Mendes",)),
    ("Recipe by Hannah Okafor", ("Hannah Okafor",)),
    ("View more posts", ()),
    ("Posted by hannahok on Friday December 19, 2025 @09:00PM", ("hannahok",)),
    ("Posted on March 3, 2024 by Hannah Okafor", ("Hannah Okafor",)),
    ("03/01/2017 by Hannah Okafor, Staff Writer", ("Hannah Okafor",)),
    ("Posted by hannahok from the sharp-elbows dept.", ("hannahok",)),
    ("Dec. 19, 2025 · Peter Lindqvist on behalf of the Release Team", ("Peter Lindqvist",)),
    ("By: Rosa Mendes on 04-ago-2021", ("Rosa Mendes",)),
    ("More posts from this author", ()),
    ("Learn more about our contributors", ()),
    ("Rosa Mendes, Former McKinsey Consultant", ("Rosa Mendes",)),
    ("By Peter Lindqvist Senior Autos Reporter", ("Peter Lindqvist",)),
    ("By Hannah Okafor (hannah.okafor@example.org)", ("Hannah Okafor",)),
    ("By Hannah Okafor @hokafor", ("Hannah Okafor",)),
    ("By Hannah Okafor https://example.org/hokafor", ("Hannah Okafor",)),
    ("By Hannah Okafor in Lagos", ("Hannah Okafor",)),
    ("By Dr. Peter Lindqvist", ("Dr. Peter Lindqvist",)),
    ("By Seán O'Brien", ("Seán O'Brien",)),
    ("By Anne-Marie Duval", ("Anne-Marie Duval",)),
    # labels and roles of company blogs
    ("Authors: Hannah Okafor and Peter Lindqvist, County science educators", ("Hannah Okafor", "Peter Lindqvist")),
    ("Authored by: Dr. Peter Lindqvist", ("Dr. Peter Lindqvist",)),
    ("Contributors: Rosa Mendes", ("Rosa Mendes",)),
    ("Author(s) Hannah Okafor, Peter Lindqvist", ("Hannah Okafor", "Peter Lindqvist")),
    ("This article was written by Rosa Mendes, Head of Growth and Community Relations", ("Rosa Mendes",)),
    ("Mira - Content marketer", ("Mira",)),
    ("Hannah Okafor - Reuters", ()),
    ("Hannah Okafor ●", ("Hannah Okafor",)),
    ("Read more about The Field Notes Team", ("The Field Notes Team",)),
    ("by Support Team", ("Support Team",)),
    ("Staff Writers", ()),
    ("Peter Lindqvist, Writer, Hardware", ("Peter Lindqvist",)),
    ("HO, Hannah Okafor, Staff Engineer, PL, Peter Lindqvist", ("Hannah Okafor", "Peter Lindqvist")),
    ("Grace Head", ("Grace Head",)),
    ("By Rosa Mendes & Tom Wu", ("Rosa Mendes", "Tom Wu")),
    ("Hannah Okafor / Peter Lindqvist", ("Hannah Okafor", "Peter Lindqvist")),
    ("Reporting by Hannah Okafor; Editing by Peter Lindqvist", ("Hannah Okafor", "Peter Lindqvist")),
    ("By Hannah Okafor Link copied", ("Hannah Okafor",)),
    ("By Hannah Okafor Follow", ("Hannah Okafor",)),
    ("Hannah Okafor (Image: Getty Images)", ("Hannah Okafor",)),
    ("Opinion by Hannah Okafor", ("Hannah Okafor",)),
    ("Analysis by Hannah Okafor and Tom Wu", ("Hannah Okafor", "Tom Wu")),
    ("Travel, By, Hannah Okafor", ("Hannah Okafor",)),
    ("Twitter, Facebook, Email", ()),
    ("Staff Writer", ()),
    ("Photos: Getty Images", ()),
    # German
    ("Von Lena Hoffmann", ("Lena Hoffmann",)),
    ("Von Lena Hoffmann und Jonas Brandt", ("Lena Hoffmann", "Jonas Brandt")),
    ("Von Lena Hoffmann, Jonas Brandt und Mia Kraus", ("Lena Hoffmann", "Jonas Brandt", "Mia Kraus")),
    ("Lena Hoffmann, Redakteurin", ("Lena Hoffmann",)),
    ("Von Lena Hoffmann, aktualisiert am 4. März 2024", ("Lena Hoffmann",)),
    ("Von Lena Hoffmann | Stand: 04.03.2024, 10:15 Uhr", ("Lena Hoffmann",)),
    ("Von Lena Hoffmann aus Berlin", ("Lena Hoffmann",)),
    ("Politik, von, Lena Hoffmann", ("Lena Hoffmann",)),
    ("Korrespondent Jonas Brandt", ("Jonas Brandt",)),
    # French
    ("Par Camille Girard", ("Camille Girard",)),
    ("Par Camille Girard et Hugo Lefèvre", ("Camille Girard", "Hugo Lefèvre")),
    ("Par Camille Girard, envoyée spéciale à Lyon", ("Camille Girard",)),
    ("Par Camille Girard Publié le 4 mars 2024 à 10h15", ("Camille Girard",)),
    ("Camille Girard, journaliste", ("Camille Girard",)),
    # Spanish, Portuguese, Italian
    ("Por Lucía Fernández", ("Lucía Fernández",)),
    ("Por Lucía Fernández y Diego Ruiz", ("Lucía Fernández", "Diego Ruiz")),
    ("Lucía Fernández, corresponsal", ("Lucía Fernández",)),
    ("Por João Pereira e Ana Costa", ("João Pereira", "Ana Costa")),
    ("Di Marco Bianchi", ("Marco Bianchi",)),
    ("di Marco Bianchi e Giulia Romano", ("Marco Bianchi", "Giulia Romano")),
    # Dutch, Scandinavian, Polish
    ("Door Sanne de Vries", ("Sanne de Vries",)),
    ("Door Sanne de Vries en Bram Jansen", ("Sanne de Vries", "Bram Jansen")),
    ("Av Ingrid Solberg og Lars Eide", ("Ingrid Solberg", "Lars Eide")),
    ("Av Karin Ek och Nils Berg", ("Karin Ek", "Nils Berg")),
    ("Autor: Tomasz Nowak", ("Tomasz Nowak",)),
    # Korean, desks, organizations as printed
    ("김민지 기자", ("김민지",)),
    ("editorial", ("editorial",)),
]


@pytest.mark.parametrize(("text", "names"), TABLE)
def test_byline_table(text: str, names: tuple[str, ...]) -> None:
    assert parse_byline(text) == names


def test_the_table_is_large_enough() -> None:
    assert len(TABLE) >= 50
