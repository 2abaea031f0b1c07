"""The public API: exported names, extract's inputs, and the error tree."""

from __future__ import annotations

import attrs
import pytest

import articlekit
from articlekit import (
    Article,
    ArticleKitError,
    EmptyInputError,
    InputError,
    NotHTMLError,
    Options,
    SerializationError,
    UnknownFormatError,
)

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Library opens late on weekdays | Riverside Echo</title>
<meta property="og:site_name" content="Riverside Echo">
</head><body><article><h1>Library opens late on weekdays</h1>
<p>The central library will stay open until nine in the evening from Monday to Thursday, starting next month.</p>
<p>Councillors said the change, paid for by savings elsewhere, answers a survey in which students asked for more study space.</p>
</article></body></html>"""


def test_every_name_in_all_exists() -> None:
    for name in articlekit.__all__:
        assert hasattr(articlekit, name), name
    assert len(set(articlekit.__all__)) == len(articlekit.__all__)


def test_all_lists_the_documented_api() -> None:
    expected = {
        "Article", "Block", "Paragraph", "Heading", "ListBlock", "Quote", "Provenance", "Options",
        "extract", "serialize", "from_json", "ArticleKitError", "InputError", "EmptyInputError",
        "NotHTMLError", "SerializationError", "UnknownFormatError",
    }
    assert expected <= set(articlekit.__all__)


def test_extract_accepts_bytes_and_str_alike() -> None:
    from_bytes = articlekit.extract(PAGE.encode("utf-8"), url="https://riversideecho.example/news/library")
    from_str = articlekit.extract(PAGE, url="https://riversideecho.example/news/library")
    assert from_bytes == from_str
    assert isinstance(from_bytes, Article)
    assert from_bytes.headline == "Library opens late on weekdays"
    assert len(from_bytes.paragraphs) == 2


def test_url_is_kept_and_marked_as_input() -> None:
    article = articlekit.extract(PAGE, url="https://riversideecho.example/news/library")
    assert article.url == "https://riversideecho.example/news/library"
    assert article.provenance["url"] == "input"
    assert articlekit.extract(PAGE).url is None


def test_article_is_frozen() -> None:
    article = articlekit.extract(PAGE)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.headline = "Changed"  # type: ignore[misc]


@pytest.mark.parametrize(
    "error",
    [InputError, EmptyInputError, NotHTMLError, SerializationError, UnknownFormatError],
)
def test_errors_are_articlekit_errors(error: type[Exception]) -> None:
    assert issubclass(error, ArticleKitError)


def test_error_tree() -> None:
    assert issubclass(EmptyInputError, InputError) and issubclass(NotHTMLError, InputError)
    assert issubclass(UnknownFormatError, SerializationError)
    assert issubclass(InputError, ValueError) and issubclass(UnknownFormatError, KeyError)


def test_input_over_the_size_limit_is_an_input_error() -> None:
    with pytest.raises(InputError, match="max_input_bytes"):
        articlekit.extract(PAGE, options=Options(max_input_bytes=100))


def test_options_are_immutable_and_evolve() -> None:
    options = Options()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        options.use_url = False  # type: ignore[misc]
    assert attrs.evolve(options, use_url=False).use_url is False


def test_use_url_false_ignores_url_hints() -> None:
    page = "<html><body><article><p>A paragraph long enough to be a story, with a comma or two, and more.</p></article></body></html>"
    url = "https://riversideecho.example/sport/2024/05/03/match-report/"
    assert articlekit.extract(page, url=url).section == "Sport"
    bare = articlekit.extract(page, url=url, options=Options(use_url=False))
    assert bare.section is None and bare.published is None


def test_html_without_a_story_is_not_an_error() -> None:
    article = articlekit.extract("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert article.body == ()


def test_paragraphs_subheadings_and_text_properties() -> None:
    article = Article(
        body=(articlekit.Paragraph("One."), articlekit.Heading("Two"), articlekit.Quote("Three."))
    )
    assert article.paragraphs == ("One.",)
    assert article.subheadings == ("Two",)
    assert article.text == "One.\n\nTwo\n\nThree."
