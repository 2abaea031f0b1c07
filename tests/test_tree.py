"""The tree edits: code stripped before the sources read the page."""

from __future__ import annotations

from articlekit.dom.parse import parse
from articlekit.dom.text import element_text
from articlekit.dom.tree import strip_code


def test_strip_code_keeps_json_ld_aside_and_the_text_around_code() -> None:
    root = parse(
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle"}</script>'
        "<script>var tracking = 1;</script><style>p { color: red }</style></head>"
        '<body><p>Rates <svg><title>icon</title></svg>held <iframe src="/ad"></iframe>again.</p>'
        "<noscript><img src=lead.jpg></noscript></body></html>"
    )
    json_ld = strip_code(root)
    assert [el.text for el in json_ld] == ['{"@type": "NewsArticle"}']
    assert not list(root.iter("script", "style", "svg", "iframe"))
    assert element_text(root.find("body/p")) == "Rates held again."
    assert root.find("body/noscript") is not None  # its images may carry microdata
