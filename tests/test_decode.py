"""Decoding page bytes: BOMs, declared charsets, mislabelled pages, and input that is not HTML."""

from __future__ import annotations

import codecs
import time

import pytest

import articlekit
from articlekit import EmptyInputError, InputError, NotHTMLError
from articlekit.dom.decode import decode

STORY = "Łódź: the café’s “naïve” menu costs 12 €"


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}<title>Menu</title></head><body><p>{body}</p></body></html>"


def test_str_input_is_taken_as_it_is() -> None:
    assert decode(page(STORY)).text == page(STORY)


def test_plain_utf8() -> None:
    assert STORY in decode(page(STORY).encode("utf-8")).text


def test_utf8_bom_is_removed() -> None:
    decoded = decode(codecs.BOM_UTF8 + page(STORY).encode("utf-8"))
    assert decoded.text.startswith("<!DOCTYPE html>")
    assert STORY in decoded.text


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(codec: str) -> None:
    data = page(STORY).encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    decoded = decode(data)
    assert decoded.text.lstrip("\ufeff").startswith("<!DOCTYPE html>")
    assert STORY in decoded.text


@pytest.mark.parametrize(
    ("charset", "text"),
    [
        ("windows-1251", "Новости дня: мэрия утвердила бюджет"),
        ("iso-8859-2", "Łódź i Wrocław: źródło wiadomości"),
        ("shift_jis", "日本語のニュース記事です"),
        ("euc-kr", "한국어 뉴스 기사"),
        ("gbk", "中文新闻报道内容"),
    ],
)
def test_meta_charset(charset: str, text: str) -> None:
    data = page(text, f'<meta charset="{charset}">').encode(charset)
    assert text in decode(data).text


def test_http_equiv_content_type() -> None:
    head = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">'
    data = page("Łódź i Wrocław: źródło wiadomości", head).encode("iso-8859-2")
    assert "Łódź i Wrocław: źródło wiadomości" in decode(data).text


def test_xml_declaration_encoding() -> None:
    text = "Новости дня: мэрия утвердила бюджет"
    data = ('<?xml version="1.0" encoding="windows-1251"?>' + page(text)).encode("cp1251")
    assert text in decode(data).text


def test_utf8_mislabelled_as_latin1_is_read_as_utf8() -> None:
    text = "Café – naïve “quotes” €"
    data = page(text, '<meta charset="iso-8859-1">').encode("utf-8")
    assert text in decode(data).text


def test_latin1_label_is_read_as_windows_1252() -> None:
    text = "Grüße – „Zitat“ für 5 €"
    data = page(text, '<meta charset="iso-8859-1">').encode("cp1252")
    assert text in decode(data).text


def test_windows_1252_labelled_utf8_is_not_misread() -> None:
    text = "Café “quoted” naïve"
    data = page(text, '<meta charset="utf-8">').encode("cp1252")
    assert text in decode(data).text


def test_undeclared_single_byte_page() -> None:
    text = "Café “quoted” naïve"
    assert text in decode(page(text).encode("cp1252")).text


@pytest.mark.parametrize("data", [b"", b"   \r\n\t  ", "", "  \n "])
def test_empty_input(data: bytes | str) -> None:
    with pytest.raises(EmptyInputError):
        decode(data)
    with pytest.raises(EmptyInputError):
        articlekit.extract(data)


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
        b"GIF89a\x01\x00\x01\x00",
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00",
        b"PK\x03\x04\x14\x00\x00\x00",
    ],
    ids=["pdf", "png", "jpeg", "gif", "gzip", "zip"],
)
def test_other_file_formats_are_not_html(data: bytes) -> None:
    with pytest.raises(NotHTMLError):
        decode(data)
    with pytest.raises(NotHTMLError):
        articlekit.extract(data)


def test_input_errors_are_input_errors_and_value_errors() -> None:
    with pytest.raises(InputError):
        articlekit.extract(b"%PDF-1.4")
    with pytest.raises(ValueError):
        articlekit.extract(b"")


def test_decoded_page_extracts_with_the_right_characters() -> None:
    text = "Новости дня: мэрия утвердила бюджет на следующий год, несмотря на возражения оппозиции."
    data = (
        '<html><head><meta charset="windows-1251"><title>Бюджет</title></head>'
        f"<body><article><h1>Мэрия утвердила бюджет</h1><p>{text}</p></article></body></html>"
    ).encode("cp1251")
    article = articlekit.extract(data)
    assert article.headline == "Мэрия утвердила бюджет"
    assert article.paragraphs == (text,)


def test_utf16_without_bom_is_recognised() -> None:
    page = "<html><body><p>Grüße aus der Redaktion, heute mit einem längeren Absatz.</p></body></html>"
    for encoding in ("utf-16-le", "utf-16-be"):
        assert decode(page.encode(encoding)).text == page


def test_binary_junk_is_not_html() -> None:
    with pytest.raises(NotHTMLError, match="binary"):
        decode(bytes(range(256)) * 20)


def test_utf8_page_with_a_stray_latin1_byte_stays_utf8() -> None:
    text = "Zürich: Grüße aus der Stadt, sagte die Bürgermeisterin über die Brücke."
    data = page(text).encode("utf-8").replace(b"Stadt", b"Stadt \xe9", 1)
    decoded = decode(data)
    assert decoded.encoding == "utf-8"
    assert text.replace("Stadt", "Stadt \ufffd") in decoded.text


def test_lying_declaration_of_a_legacy_page_falls_back_to_detection() -> None:
    text = "Это русский текст о погоде в Москве и области на этой неделе. " * 20
    data = page(text, '<meta charset="utf-8">').encode("cp1251")
    assert text in decode(data).text


def test_when_the_detector_proposes_nothing_an_undeclared_legacy_page_is_read_as_windows_1252(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from articlekit.dom import decode as module

    monkeypatch.setattr(module, "detector_proposals", lambda sample: [])
    data = page("Café “quoted” naïve, and Это").encode("cp1251", errors="replace")
    decoded = decode(data)
    assert decoded.encoding == "windows-1252"
    assert "Caf" in decoded.text


# Undeclared pages in legacy encodings, read right in a default install (charset-normalizer is a
# dependency). Latin-script encodings other than windows-1252 are read as windows-1252 by design.
UNDECLARED = [
    ("windows-1251", "Центральный банк России сохранил ключевую ставку на прежнем уровне, сообщила пресс-служба регулятора в пятницу."),
    ("koi8-r", "Правительство утвердило программу развития транспорта до конца десятилетия, сообщил министр на заседании."),
    ("shift_jis", "日本銀行は金融政策決定会合で、短期金利の誘導目標を据え置くことを決めたと発表しました。市場では予想通りとの受け止めが広がっています。"),
    ("euc_jp", "東京都は新しい防災計画を発表し、首都直下地震に備えた避難所の整備を進める方針を示しました。住民への説明会も開かれます。"),
    ("iso2022_jp", "大阪市は来年度予算案を公表し、子育て支援と観光振興に重点を置くと説明しました。"),
    ("gbk", "国家统计局今天发布数据显示，前三季度国内生产总值同比增长，经济运行总体平稳，就业形势保持稳定。"),
    ("big5", "行政院今天通過明年度總預算案，經濟部表示出口訂單連續三個月成長，產業景氣逐步回溫。"),
    ("euc_kr", "한국은행은 기준금리를 동결하기로 결정했다고 밝혔다. 시장에서는 예상된 결과라는 반응이 나왔다."),
    ("windows-1253", "Η κυβέρνηση ανακοίνωσε νέα μέτρα στήριξης για τα νοικοκυριά και τις μικρές επιχειρήσεις της χώρας."),
    ("windows-1255", "הממשלה אישרה את תקציב המדינה לשנה הבאה לאחר דיון ארוך שנמשך עד שעות הלילה המאוחרות."),
    ("windows-1256", "أعلنت الحكومة عن خطة جديدة لدعم الاقتصاد الوطني وتوفير فرص عمل للشباب في جميع المحافظات."),
    ("windows-1252", "Die Bundesregierung hat am Freitag neue Maßnahmen für Häuser und Wärmepumpen beschlossen, über die lange gestritten wurde."),
]


@pytest.mark.parametrize(("encoding", "text"), UNDECLARED, ids=[e for e, _ in UNDECLARED])
def test_an_undeclared_legacy_page_is_read_right(encoding: str, text: str) -> None:
    data = page("\n".join([text] * 3)).encode(encoding)
    assert text in decode(data).text


def test_the_http_charset_beats_the_pages_meta() -> None:
    text = "Правительство утвердило программу развития транспорта до конца десятилетия."
    data = page(text, '<meta charset="windows-1252">').encode("koi8-r")
    assert text not in decode(data).text  # the meta alone: read as it says
    assert text in decode(data, charset="text/html; charset=KOI8-R").text
    assert text in decode(data, charset="koi8-r").text
    assert articlekit.extract(data, charset="koi8-r").paragraphs == (text,)


def test_a_clean_utf8_page_stays_utf8_whatever_the_http_charset_says() -> None:
    # Servers often send "charset=ISO-8859-1" by default for pages that are UTF-8.
    text = "Zürich: Grüße aus der Stadt, sagte die Bürgermeisterin über die Brücke."
    decoded = decode(page(text).encode("utf-8"), charset="ISO-8859-1")
    assert decoded.encoding == "utf-8" and text in decoded.text


@pytest.mark.parametrize("charset", ["x-unknown", "utf-7", "", "text/html", "text/html; charset="])
def test_an_unusable_http_charset_is_ignored(charset: str) -> None:
    text = "Это русский текст о погоде в Москве и области на этой неделе."
    data = page(text, '<meta charset="windows-1251">').encode("cp1251")
    assert text in decode(data, charset=charset).text


def test_declared_legacy_encoding_is_kept_when_a_byte_does_not_fit() -> None:
    text = "Это русский текст о погоде."
    data = page(text, '<meta charset="windows-1251">').encode("cp1251") + b"\x98"
    decoded = decode(data)
    assert text in decoded.text


def test_detector_reads_a_bounded_sample_of_a_long_undeclared_page() -> None:
    # Pure-Python detectors take time in proportion to what they are given: a 2 MB legacy page
    # must not cost seconds.
    text = "Café “quoted” naïve, déjà vu. " * 70_000
    data = page(text).encode("cp1252")
    start = time.process_time()
    assert "Café “quoted” naïve" in decode(data).text
    assert time.process_time() - start < 2.0


@pytest.mark.parametrize("label", ["base64", "rot13", "zlib", "idna", "punycode", "utf-7", "undefined",
                                   "unicode_escape", "utf-16", "utf-32", "cp037", "no-such-codec"])
def test_declared_labels_that_are_not_page_encodings_are_ignored(label: str) -> None:
    text = "Café, naïve and déjà vu were on the menu of the café on the square that night."
    data = page(text, f'<meta charset="{label}">').encode("cp1252")
    assert articlekit.extract(data).paragraphs == (text,)


def test_declarable_encodings_are_python_codec_names() -> None:
    from articlekit.dom.decode import _DECLARABLE

    assert {codecs.lookup(name).name for name in _DECLARABLE - {"windows-1252"}} == _DECLARABLE - {"windows-1252"}
