"""Hostile and broken input: every case gives an Article or an ArticleKitError, within a time
bound, and never any other exception.

Bounds are generous (the machine is shared and noisy); they catch hangs and quadratic blow-ups,
not small slowdowns.
"""

from __future__ import annotations

import json
import time

import pytest

import articlekit
from articlekit import Article, ArticleKitError, EmptyInputError, NotHTMLError

STORY = "<p>The harbour authority confirmed on Friday that the new pier will open in June, after two years of delays.</p>"


def page(body: str = STORY, head: str = "") -> bytes:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>".encode()


def jsonld(text: str) -> bytes:
    return page(head=f'<script type="application/ld+json">{text}</script>')


# name -> (input, expected outcome: "article", "story" (an Article whose body has the story),
# "empty" (an Article with an empty body), or an ArticleKitError subclass), seconds allowed
CASES: dict[str, tuple[bytes | str, object, float]] = {
    "empty bytes": (b"", EmptyInputError, 1),
    "empty str": ("", EmptyInputError, 1),
    "whitespace": (b" \n\t \r\n ", EmptyInputError, 1),
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", NotHTMLError, 1),
    "jpeg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", NotHTMLError, 1),
    "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", NotHTMLError, 1),
    "gzip": (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", NotHTMLError, 1),
    "zip": (b"PK\x03\x04\x14\x00\x00\x00", NotHTMLError, 1),
    "binary junk": (bytes(range(256)) * 64, NotHTMLError, 2),
    "plain text": (b"just a line of text, no markup at all", "empty", 1),
    "lying charset": (page().replace(b"<head>", b'<head><meta charset="shift_jis">'), "story", 2),
    "charset with a nul byte": (b'<html><head><meta charset="utf\x008"></head><body><p>Caf\xe9 ' + STORY.encode() + b"</p></body></html>", "article", 2),
    "unknown charset": (page().replace(b"<head>", b'<head><meta charset="x-no-such-charset">'), "story", 2),
    "latin-1 bytes labelled utf-8": (page("<p>Caf\xe9 owners in the old town say the new rules will cost them customers.</p>".encode("latin-1").decode("latin-1")).replace(b"\xc3\xa9", b"\xe9").replace(b"<head>", b'<head><meta charset="utf-8">'), "article", 2),
    "mixed encodings": (page() + "<p>Grüße</p>".encode("utf-8") + "<p>Grüße</p>".encode("latin-1"), "story", 2),
    "utf-16 with bom": (page().decode().encode("utf-16"), "story", 2),
    "utf-16-le without bom": (page().decode().encode("utf-16-le"), "story", 2),
    "utf-16-be without bom": (page().decode().encode("utf-16-be"), "story", 2),
    "utf-32 with bom": (page().decode().encode("utf-32"), "story", 2),
    "nul bytes": (page().replace(b"pier", b"pi\x00er"), "article", 2),
    "control characters": (page(STORY.replace("pier", "pi\x01\x02\x1b[31mer")), "article", 2),
    "lone surrogate escapes": (page(STORY + "<p>&#xD800; &#55296; broken escapes in a paragraph of the story text here.</p>"), "story", 2),
    "deep nesting 100k": (b"<html><body>" + b"<div>" * 100_000 + STORY.encode() + b"</div>" * 100_000 + b"</body></html>", "article", 30),
    "deep inline nesting": (page("<p>" + "<span>" * 20_000 + "deep" + "</span>" * 20_000 + "</p>" + STORY), "article", 30),
    "1m siblings": (b"<html><body><div>" + b"<i>x</i>" * 1_000_000 + b"</div></body></html>", "article", 60),
    "unclosed tags everywhere": (b"<html><body><div><p>The harbour authority confirmed on Friday that the new pier will open in June<div><p>after delays<span><b><i>", "article", 2),
    "stray closing tags": (page("</div></p></span>" + STORY + "</article></article></body>"), "story", 2),
    "billion laughs": (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]><html><body><p>&lol4;</p></body></html>', "article", 2),
    "external entity": (b'<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><html><body><p>&xxe;</p></body></html>', "article", 2),
    "xhtml with doctype": (b'<?xml version="1.0" encoding="iso-8859-1"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><body><article>' + STORY.encode() + b"</article></body></html>", "story", 2),
    "html in script": (page(STORY, head="<script>var s = '<p>Not part of the story, only a string in a script block of the page.</p>';</script>"), "story", 2),
    "html in style": (page(STORY + "<style>p::after { content: '<p>not story</p>'; }</style>"), "story", 2),
    "invalid json-ld": (jsonld('{"@type": "NewsArticle", "headline": "Unclosed'), "article", 2),
    "truncated json-ld": (jsonld('[{"@type": "NewsArticle", "author": [{"name": "A"'), "article", 2),
    "json-ld wrong types": (jsonld('{"@type": 5, "headline": ["x"], "author": [null, 3, {"name": {"a": 1}}], "datePublished": {"x": 1}, "image": 7, "keywords": 9}'), "article", 2),
    "deep json-ld": (jsonld('{"a":' * 5000 + "1" + "}" * 5000), "article", 5),
    "huge json-ld": (jsonld(json.dumps({"@type": "NewsArticle", "headline": "Huge", "articleBody": "word " * 1_000_000})), "article", 10),
    "many json-ld scripts": (page(head='<script type="application/ld+json">{"@type":"Thing"}</script>' * 5000), "article", 10),
    "impossible dates": (page(head='<meta property="article:published_time" content="31/02/2025"><meta name="date" content="2025-02-31T10:00:00Z">'), "story", 2),
    "year 0 and 99999": (page(head='<meta property="article:published_time" content="0000-01-01"><meta name="pubdate" content="99999-01-01">'), "story", 2),
    "far future date": (page(head='<meta property="article:published_time" content="2999-01-01T00:00:00Z">'), "story", 2),
    "urls that are not urls": (page(head='<link rel="canonical" href="http://[::1"><meta property="og:url" content="::::"><meta property="og:image" content="javascript:alert(1)">'), "story", 2),
    "comment soup": (page("<!--" * 1000 + STORY + "-->" * 1000), "article", 5),
    "huge attribute": (page(f'<div class="{"a" * 2_000_000}">{STORY}</div>'), "article", 10),
    "many br": (page("<p>" + "line<br>" * 100_000 + "</p>"), "article", 30),
    "regex bait whitespace": (page("<p>" + " \t" * 200_000 + "x</p>" + STORY), "article", 10),
    "regex bait byline": (page(f'<span class="byline">By {"A, " * 20_000}B</span>' + STORY), "article", 10),
    "control character in a dropped element's tail": (page('<div>x<script>a</script>\x01\x02 tail</div>' + STORY), "story", 2),
    "regex bait date": (page(head=f'<meta name="date" content="{"1" * 100_000}">'), "story", 10),
    "script over 10 mb before the story": (page(f'<script>var s = "{"x" * 11_000_000}";</script>' + STORY), "story", 10),
    "embed without an end tag": (page('<embed src="clip.mp4">' + STORY), "story", 2),
    "nesting past the parser's depth limit": (page("<div>" * 3000 + STORY), articlekit.InputError, 5),
    "100k attributes on one tag": (page("<p " + " ".join(f"a{i}=1" for i in range(100_000)) + ">x</p>" + STORY), "story", 5),
}


def _check(outcome: object, result: Article) -> None:
    if outcome == "story":
        assert any("new pier will open in June" in p for p in result.paragraphs), result.body
    elif outcome == "empty":
        assert result.body == ()


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_input(name: str) -> None:
    data, outcome, seconds = CASES[name]
    started = time.process_time()
    if isinstance(outcome, type) and issubclass(outcome, BaseException):
        with pytest.raises(outcome):
            articlekit.extract(data)
    else:
        try:
            result = articlekit.extract(data)
        except ArticleKitError:
            result = None
        if outcome != "article" or result is not None:
            assert result is not None, f"{name}: expected an Article"
            _check(outcome, result)
            text = articlekit.serialize(result, "json")
            text.encode("utf-8")  # never a lone surrogate
            assert not any(0xD800 <= ord(c) <= 0xDFFF for c in text)
            assert not any(ord(c) < 32 and c not in "\n\t" for c in "".join(b.text for b in result.body))
    assert time.process_time() - started < seconds, f"{name} took too long"


def test_there_are_at_least_forty_hostile_cases() -> None:
    assert len(CASES) >= 40


def test_large_page_over_the_limit_is_refused_before_parsing() -> None:
    options = articlekit.Options(max_input_bytes=1000)
    with pytest.raises(articlekit.InputError, match="over the limit"):
        articlekit.extract(b"<p>" + b"x" * 2000 + b"</p>", options=options)




def test_an_internal_failure_surfaces_as_extraction_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import articlekit.pipeline

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(articlekit.pipeline, "merge", broken)
    with pytest.raises(articlekit.ExtractionError, match="bug in articlekit") as caught:
        articlekit.extract(page())
    assert isinstance(caught.value.__cause__, ZeroDivisionError)


def test_json_ld_over_the_limit_is_skipped_and_the_page_still_read() -> None:
    script = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "From JSON-LD"}</script>'
    data = page(STORY, head=script + "<title>From the title</title>")
    assert articlekit.extract(data).headline == "From JSON-LD"
    small = articlekit.Options(max_jsonld_chars=20)
    result = articlekit.extract(data, options=small)
    assert result.headline == "From the title"
    assert any("new pier" in p for p in result.paragraphs)
