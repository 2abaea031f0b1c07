"""The story's language told from its text when the markup declares none."""

from __future__ import annotations

import pytest

import articlekit
from articlekit.fields.language import detect_language

STORIES = {
    "de": "Die Bundesregierung hat am Freitag neue Maßnahmen für den Wohnungsbau beschlossen. "
    "Bauministerin und Finanzminister stellten das Paket in Berlin vor.",
    "fr": "Le gouvernement a présenté vendredi un nouveau plan pour le logement. Les maires des "
    "grandes villes ont salué des mesures attendues depuis longtemps.",
    "es": "El ayuntamiento aprobó este lunes el nuevo plan de movilidad, que amplía los carriles "
    "bici y reduce la velocidad en el centro de la ciudad.",
    "ru": "Городские власти утвердили новый план развития общественного транспорта, сообщили "
    "в пресс-службе мэрии в понедельник.",
    "ja": "東京都は新しい防災計画を発表し、首都直下地震に備えた避難所の整備を進める方針を示しました。"
    "住民への説明会も来月から各区で開かれる予定です。",
}


def _page(story: str, lang: str = "") -> bytes:
    attribute = f' lang="{lang}"' if lang else ""
    return (
        f"<html{attribute}><head><title>Story</title></head><body><article><h1>Story</h1>"
        f"<p>{story}</p><p>{story}</p></article></body></html>"
    ).encode()


@pytest.mark.parametrize("language", sorted(STORIES))
def test_an_undeclared_language_is_detected_from_the_story(language: str) -> None:
    article = articlekit.extract(_page(STORIES[language]))
    assert article.language == language
    assert article.provenance["language"] == "detected"


def test_a_declared_language_is_kept_as_declared() -> None:
    article = articlekit.extract(_page(STORIES["de"], lang="de-CH"))
    assert article.language == "de-CH"
    assert article.provenance["language"] == "html"


def test_detection_can_be_turned_off() -> None:
    article = articlekit.extract(_page(STORIES["fr"]), options=articlekit.Options(detect_language=False))
    assert article.language is None and "language" not in article.provenance


@pytest.mark.parametrize("text", ["", "Photo gallery", "12 34 56 78 90 " * 3, "★ ★ ★ ★ ★"])
def test_too_little_text_gives_no_guess(text: str) -> None:
    assert detect_language(text) is None
