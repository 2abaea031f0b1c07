"""Bylines as pages on the open web print them, in many languages: printed text -> names.

Written for this project: invented names in the shapes real pages use (initials, particles,
honorifics, CJK names, glued markup, comment lines, form labels). Each row is one pattern.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articlekit.fields.byline import clean_byline, parse_byline, split_names
from articlekit.fields.names import is_initial, is_particle, split_people

ROWS: list[tuple[str, tuple[str, ...]]] = [
    # English: initials are not conjunctions
    ("By Sarah E. Needleman", ("Sarah E. Needleman",)),
    ("By Bruce Y. Lee", ("Bruce Y. Lee",)),
    ("By Marta I. Kovacs and Deon A. Mensah", ("Marta I. Kovacs", "Deon A. Mensah")),
    ("By J.R. Tolliver", ("J.R. Tolliver",)),
    ("By A. J. Penrose", ("A. J. Penrose",)),
    ("By Carla E. Whitcombe, Staff Writer", ("Carla E. Whitcombe",)),
    ("By Owen T. Briggs Jr.", ("Owen T. Briggs Jr.",)),
    ("By Lena Fairweather\nAnd Tomas Quill", ("Lena Fairweather", "Tomas Quill")),
    ("By Lena Fairweather AND Tomas Quill", ("Lena Fairweather", "Tomas Quill")),
    ("By Lena Fairweather & Tomas Quill", ("Lena Fairweather", "Tomas Quill")),
    ("By Lena Fairweather, Tomas Quill and Ada Brennick", ("Lena Fairweather", "Tomas Quill", "Ada Brennick")),
    ("By DORA PELLHAM, AP Auto Writer", ("DORA PELLHAM",)),
    ("By DORA PELLHAM and RAFE OKONJO, Associated Press", ("DORA PELLHAM", "RAFE OKONJO")),
    ("ByTravis Haneford", ("Travis Haneford",)),
    ("byMilo Jarrett", ("Milo Jarrett",)),
    ("Howard BlumenfeldStaff Writer", ("Howard Blumenfeld",)),
    ("Petra LindqvistFounder at Oakfield", ("Petra Lindqvist",)),
    ("Post author By Helge Fahrenholt", ("Helge Fahrenholt",)),
    ("Written by Iris McAllister", ("Iris McAllister",)),
    ("Written by DeShawn McCarran", ("DeShawn McCarran",)),
    ("By Nadia O'Rourke-Baptiste", ("Nadia O'Rourke-Baptiste",)),
    ("By Dr. Helena Marsh", ("Dr. Helena Marsh",)),
    ("By Dr Helena Marsh and Prof. Kofi Adjei", ("Dr Helena Marsh", "Prof. Kofi Adjei")),
    ("By Ludo van der Berghe", ("Ludo van der Berghe",)),
    ("By Omar bin Rashidi", ("Omar bin Rashidi",)),
    ("By Yusuf al-Harbi", ("Yusuf al-Harbi",)),
    ("By Ana de la Fuente", ("Ana de la Fuente",)),
    ("By Hal Brinkley | March 4, 2024", ("Hal Brinkley",)),
    ("By Hal Brinkley | Updated 2 hours ago", ("Hal Brinkley",)),
    ("By Hal Brinkley • 6 min read", ("Hal Brinkley",)),
    ("By Hal Brinkley, hal@example.org", ("Hal Brinkley",)),
    ("By Hal Brinkley @halbrink", ("Hal Brinkley",)),
    ("Hal Brinkley, Contributing Writer", ("Hal Brinkley",)),
    ("Hal Brinkley, Senior Reporter", ("Hal Brinkley",)),
    ("Reporting by Hal Brinkley; Editing by Mae Tolland", ("Hal Brinkley", "Mae Tolland")),
    ("Story by Quinn Ashdown", ("Quinn Ashdown",)),
    ("Words by Quinn Ashdown", ("Quinn Ashdown",)),
    ("Article by Quinn Ashdown", ("Quinn Ashdown",)),
    ("By Quinn Ashdown in Nairobi", ("Quinn Ashdown",)),
    ("Quinn Ashdown (qa)", ("Quinn Ashdown",)),
    ("View all posts by Quinn Ashdown", ("Quinn Ashdown",)),
    ("Posted by Rowan Pike on 2024-03-03", ("Rowan Pike",)),
    ("Rowan Pike, Twitter, Email", ("Rowan Pike",)),
    ("By Rowan Pike. Medically reviewed by Dr. Ines Carvalho", ("Rowan Pike",)),
    # not people: comment lines, labels, forms, UI
    ("Art Edmundson, says:", ()),
    ("Art Edmundson says:", ()),
    ("Sign In", ()),
    ("Log in", ()),
    ("View author archive", ()),
    ("Get author RSS feed", ()),
    ("Your Name:, *", ()),
    ("Name *", ()),
    ("Name (required)", ()),
    ("Authorization", ()),
    ("Articles by Juniper", ()),
    ("Leave a comment", ()),
    ("Anonymous", ()),
    ("Share, Twitter, Facebook", ()),
    ("Photo: Getty Images", ()),
    ("Staff Writers", ()),
    ("5 min read", ()),
    ("", ()),
    # German
    ("Von Anna Weberling", ("Anna Weberling",)),
    ("Von Anna Weberling und Jan Bergmeister", ("Anna Weberling", "Jan Bergmeister")),
    ("Von Anna Weberling\nund Jan Bergmeister", ("Anna Weberling", "Jan Bergmeister")),
    ("Autor: Jonas Feldhaus", ("Jonas Feldhaus",)),
    ("Autorin: Mira Stollberg", ("Mira Stollberg",)),
    ("Erstellt von Jonas Feldhaus", ("Jonas Feldhaus",)),
    ("Geschrieben von Jonas Feldhaus", ("Jonas Feldhaus",)),
    ("Blog Beitrag von Jonas Feldhaus", ("Jonas Feldhaus",)),
    ("Beitrag von Jonas Feldhaus", ("Jonas Feldhaus",)),
    ("Von Anna Weberling, Fr", ("Anna Weberling",)),
    ("Von Anna Weberling | Fr, 12.04.2024", ("Anna Weberling",)),
    ("Aylin sagt:", ()),
    ("Name (erforderlich)", ()),
    ("Anmelden", ()),
    ("Hanns-Reinhold-Stiftung e.V.", ("Hanns-Reinhold-Stiftung e.V.",)),
    ("Von Ulf Rademacher, dpa", ("Ulf Rademacher", "dpa")),
    ("von Arian Schlichtmann", ("Arian Schlichtmann",)),
    ("Von Kai von Ostrowski", ("Kai von Ostrowski",)),
    ("Ein Kommentar von Lea Sommerfeld", ("Lea Sommerfeld",)),
    ("Jan Bergmeister, Korrespondent", ("Jan Bergmeister",)),
    # French
    ("Par Claire Dubosquet", ("Claire Dubosquet",)),
    ("Par Claire Dubosquet et Marc Lenoir", ("Claire Dubosquet", "Marc Lenoir")),
    ("Par Claire Dubosquet, envoyée spéciale", ("Claire Dubosquet",)),
    ("Publié par Claire Dubosquet", ("Claire Dubosquet",)),
    ("Par Jean-Baptiste de Villemont", ("Jean-Baptiste de Villemont",)),
    ("Claire Dubosquet dit :", ()),
    ("Par Claire Dubosquet | Publié le 3 mars 2024", ("Claire Dubosquet",)),
    # Spanish
    ("Por Lucía Montenegro", ("Lucía Montenegro",)),
    ("Por Lucía Montenegro y Diego Arrieta", ("Lucía Montenegro", "Diego Arrieta")),
    ("Por Lucía Montenegro\ny Diego Arrieta", ("Lucía Montenegro", "Diego Arrieta")),
    ("Escrito por Lucía Montenegro", ("Lucía Montenegro",)),
    ("Por Lucía Montenegro, corresponsal", ("Lucía Montenegro",)),
    ("Lucía Montenegro dice:", ()),
    ("Por José de la Vega Orbe", ("José de la Vega Orbe",)),
    ("Redacción: Lucía Montenegro", ("Lucía Montenegro",)),
    # Portuguese
    ("Por Beatriz Albuquerque e Rui Tavares", ("Beatriz Albuquerque", "Rui Tavares")),
    ("Por João dos Santos Pereira", ("João dos Santos Pereira",)),
    ("Beatriz Albuquerque disse:", ()),
    # Italian
    ("Di Giulia Fabbrini", ("Giulia Fabbrini",)),
    ("Di Giulia Fabbrini e Marco Salvetti", ("Giulia Fabbrini", "Marco Salvetti")),
    ("Scritto da Giulia Fabbrini", ("Giulia Fabbrini",)),
    ("Giulia Fabbrini, inviato", ("Giulia Fabbrini",)),
    # Dutch
    ("Door Sanne de Vries", ("Sanne de Vries",)),
    ("Door Sanne de Vries en Pieter van Dam", ("Sanne de Vries", "Pieter van Dam")),
    ("Geschreven door Sanne de Vries", ("Sanne de Vries",)),
    # Scandinavian
    ("Av Ingrid Haugland og Sigurd Moe", ("Ingrid Haugland", "Sigurd Moe")),
    ("Skrevet av Ingrid Haugland", ("Ingrid Haugland",)),
    ("Av Karin Lundgren och Erik Sjöberg", ("Karin Lundgren", "Erik Sjöberg")),
    ("Af Mette Kjærgaard", ("Mette Kjærgaard",)),
    ("Ingrid Haugland skriver:", ()),
    # Polish
    ("Autor: Katarzyna Wiśniewska", ("Katarzyna Wiśniewska",)),
    ("Katarzyna Wiśniewska i Piotr Zieliński", ("Katarzyna Wiśniewska", "Piotr Zieliński")),
    ("Katarzyna Wiśniewska oraz Piotr Zieliński", ("Katarzyna Wiśniewska", "Piotr Zieliński")),
    # Turkish
    ("Elif Yıldırım ve Mert Aydın", ("Elif Yıldırım", "Mert Aydın")),
    ("Elif Yıldırım | 12.03.2024", ("Elif Yıldırım",)),
    # Hungarian, Finnish
    ("Kovács Réka és Tóth Bence", ("Kovács Réka", "Tóth Bence")),
    ("Aino Virtanen ja Mikko Laine", ("Aino Virtanen", "Mikko Laine")),
    # Russian, Ukrainian
    ("Анна Кузнецова и Илья Морозов", ("Анна Кузнецова", "Илья Морозов")),
    ("Олена Шевчук та Тарас Бойко", ("Олена Шевчук", "Тарас Бойко")),
    ("Анна Кузнецова, корреспондент", ("Анна Кузнецова",)),
    # Chinese
    ("作者：李文静", ("李文静",)),
    ("记者 王海涛 刘晓燕", ("王海涛", "刘晓燕")),
    ("责任编辑：陈思远", ("陈思远",)),
    ("责编：周明、孙悦", ("周明", "孙悦")),
    ("来源：新华网 作者：赵立群", ("赵立群",)),
    ("文/林佳慧", ("林佳慧",)),
    # Japanese, Korean
    ("山田 花子 記者", ("山田 花子",)),
    ("김민수 기자", ("김민수",)),
    ("김민수 기자, 이서연 기자", ("김민수", "이서연")),
    ("김민수 특파원", ("김민수",)),
    # Indonesian, Vietnamese
    ("Penulis: Rizky Pratama", ("Rizky Pratama",)),
    ("Oleh Rizky Pratama", ("Rizky Pratama",)),
    ("Pewarta: Dewi Lestari", ("Dewi Lestari",)),
    ("Oleh Kovalenko", ("Oleh Kovalenko",)),  # a Ukrainian first name, not Indonesian "by"
    ("Nguyễn Thị Lan", ("Nguyễn Thị Lan",)),
    # Turkish, Russian, Ukrainian
    ("Yazan: Ahmet Yılmaz", ("Ahmet Yılmaz",)),
    ("Автор: Анна Кузнецова", ("Анна Кузнецова",)),
    ("Ольга Петренко, кореспондентка", ("Ольга Петренко",)),
    # a genre before the label
    ("Eine Analyse von Jonas Berger", ("Jonas Berger",)),
    ("A commentary by Ruth Okafor", ("Ruth Okafor",)),
    # Arabic-script and others written in Latin letters
    ("By Fatima al-Zahrani and Karim El Amrani", ("Fatima al-Zahrani", "Karim El Amrani")),
    ("By Nguyen Van An", ("Nguyen Van An",)),
    ("By Siddharth R. Iyer", ("Siddharth R. Iyer",)),
    ("By Mbali N. Dlamini", ("Mbali N. Dlamini",)),
    ("By Te Rangi Walker", ("Te Rangi Walker",)),
    ("Bryony Ashcombe, Updated 3 May 2024", ("Bryony Ashcombe",)),
    ("Bryony Ashcombe — 4 mins read", ("Bryony Ashcombe",)),
    ("Bryony Ashcombe / Reporter", ("Bryony Ashcombe",)),
    ("Bryony Ashcombe and Felix Ortega-Ruiz | Staff Writers", ("Bryony Ashcombe", "Felix Ortega-Ruiz")),
    ("Felix Ortega-Ruiz, CEO of Ortega Analytics", ("Felix Ortega-Ruiz",)),
    ("Written By:, Felix Ortega-Ruiz", ("Felix Ortega-Ruiz",)),
    ("Travel, By, Felix Ortega-Ruiz", ("Felix Ortega-Ruiz",)),
    ("Senior Correspondent Felix Ortega-Ruiz", ("Felix Ortega-Ruiz",)),
    ("By Felix Ortega-Ruiz https://example.org/felix", ("Felix Ortega-Ruiz",)),
    ("Texto: Marina Goulart", ("Marina Goulart",)),
    ("Door Sanne de Vries | 12 maart 2024", ("Sanne de Vries",)),
    ("Von Lea Sommerfeld, Redakteurin", ("Lea Sommerfeld",)),
    ("Par Claire Dubosquet et Marc Lenoir, correspondants", ("Claire Dubosquet", "Marc Lenoir")),
    ("Autor: Jonas Feldhaus, Aktualisiert 12.03.2024", ("Jonas Feldhaus",)),
    ("By Hal Brinkley\nand Mae Tolland", ("Hal Brinkley", "Mae Tolland")),
]

# Rows whose printed form the parser does not read yet: kept, marked, so a fix shows up.
# Shapes not read, and why: "Oleh" is Indonesian for "by" and a Ukrainian first name; a space
# between CJK words parts two Chinese reporters ("张三 李四") as often as it parts a Japanese
# family name from the given name.
NOT_YET = {
    "Oleh Rizky Pratama": "'Oleh' is Indonesian for 'by' and a Ukrainian first name ('Oleh Kovalenko')",
    "山田 花子 記者": "a space between CJK names parts two Chinese reporters as often as a Japanese family and given name",
}


def test_the_table_is_large_and_many_languages() -> None:
    assert len(ROWS) >= 150
    assert len({text for text, _ in ROWS}) == len(ROWS)


@pytest.mark.parametrize(("text", "names"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_bylines(text: str, names: tuple[str, ...]) -> None:
    if text in NOT_YET:
        pytest.xfail(f"not read, on purpose: {NOT_YET[text]}")
    assert parse_byline(text) == names


@pytest.mark.parametrize(
    "name",
    ["Sarah E. Needleman", "Bruce Y. Lee", "Ludo van der Berghe", "Hanns-Reinhold-Stiftung e.V.", "Ana Lima y Tomás", "J.R.R. Tollard"],
)
def test_a_person_object_name_is_one_name(name: str) -> None:
    assert split_names((name,), frozenset({name})) == (name,)


def test_names_tokenizer() -> None:
    assert split_people("Sarah E. Needleman and Bruce Y. Lee") == ["Sarah E. Needleman", "Bruce Y. Lee"]
    assert split_people("Ana Lima y Tom Berg") == ["Ana Lima", "Tom Berg"]
    assert split_people("Ana Lima Y. Berg") == ["Ana Lima Y. Berg"]
    assert is_initial("E.") and is_initial("J.J.") and not is_initial("Ed")
    assert is_particle("van") and is_particle("al-Harbi") and not is_particle("Van")


_NAME_PART = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll")), min_size=2, max_size=10)


# Words that open a byline and are never a first name ("By Jane Doe" in a Person's name is the
# byline's label and the name): a generated first name is not one of them.
BYLINE_LABEL_WORDS = frozenset(
    "by author autor autorin auteur autore reporter redacción written reported posted published "
    "story article words photo photos video post erstellt geschrieben verfasst beitrag blog escrito "
    "publié écrit geschreven skrevet skrivet interview analysis opinion commentary recipe reviewed "
    "medically fact edited scritto przez".split()
)


@st.composite
def person_names(draw: st.DrawFn) -> str:
    first = draw(_NAME_PART.filter(lambda w: w.lower() not in BYLINE_LABEL_WORDS)).capitalize()
    middle = draw(st.sampled_from(["", "E. ", "Y. ", "I. ", "J.J. ", "van der ", "de la ", "bin "]))
    last = draw(_NAME_PART).capitalize()
    return f"{first} {middle}{last}"


@settings(max_examples=200, deadline=None)
@given(person_names())
def test_a_json_ld_person_comes_back_whole(name: str) -> None:
    assert split_names((name,), frozenset({name})) in ((name,), ())


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_no_input_raises(text: str) -> None:
    parse_byline(text)
    clean_byline(text)
    split_names((text,), frozenset({text}))
    split_names((text,))
