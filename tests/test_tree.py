"""The tree edits (code stripped before the sources read the page) and the text read from it."""

from __future__ import annotations

import pytest

from articlekit.dom.parse import parse
from articlekit.dom.text import clean_text, element_text
from articlekit.dom.tree import strip_code


def test_strip_code_keeps_json_ld_aside_and_the_text_around_code() -> None:
    root = parse(
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle"}</script>'
        "<script>var tracking = 1;</script><style>p { color: red }</style></head>"
        '<body><p>Rates <svg><title>icon</title></svg>held <iframe src="/ad"></iframe>again.</p>'
        "<noscript><img src=lead.jpg></noscript></body></html>"
    )
    scripts = strip_code(root)
    assert [el.text for el in scripts.json_ld] == ['{"@type": "NewsArticle"}']
    assert [el.text for el in scripts.others] == ["var tracking = 1;"]  # still readable, out of the tree
    assert not list(root.iter("script", "style", "svg", "iframe"))
    assert element_text(root.find("body/p")) == "Rates held again."
    assert root.find("body/noscript") is not None  # its images may carry microdata


def test_a_second_html_element_is_read_as_part_of_the_page() -> None:
    root = parse(
        "<html><head><title>Rates held</title></head><body><p>Intro.</p></body></html>"
        '<html><head><meta name="author" content="Ana Lima"></head>'
        "<body><div id='story'><p>The bank kept its rate unchanged.</p></div></body></html>"
    )
    assert [el.get("name") for el in root.iter("meta")] == ["author"]
    assert element_text(root.find("body")) == "Intro. The bank kept its rate unchanged."


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("A DIY Investor\u00e2\u0080\u0099s Guide", "A DIY Investor\u2019s Guide"),  # UTF-8 written out twice
        ("Dariusz Jaro\u00c5\u0084", "Dariusz Jaro\u0144"),
        ("caf\u00c3\u00a9 au lait", "caf\u00c3\u00a9 au lait"),  # no C1 control: may be meant, left alone
        ("tab\u0085stop", "tab stop"),  # a lone C1 control is dropped
        ("zero\u200bwidth", "zerowidth"),
    ],
)
def test_clean_text_repairs_doubly_encoded_utf8_and_drops_controls(text: str, clean: str) -> None:
    assert clean_text(text) == clean
