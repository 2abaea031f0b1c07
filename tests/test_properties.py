"""Property-based tests (hypothesis): robustness on arbitrary input, and lossless JSON."""

from __future__ import annotations

import email.utils
import json
from datetime import date, datetime, timedelta, timezone

from importlib.resources import files

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import articlekit
from articlekit import ArticleKitError, Article, Caption, Heading, ListBlock, Paragraph, Quote, Table
from articlekit.dom.text import clean_text
from articlekit.fields.byline import parse_byline
from articlekit.fields.dates import parse_date

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NOW = datetime(2025, 6, 15, 12, 0, tzinfo=timezone.utc)
SCHEMA = jsonschema.Draft202012Validator(
    json.loads(files("articlekit.serialize").joinpath("schema.json").read_text(encoding="utf-8")),
    format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
)

# ---------------------------------------------------------------- dates

offsets = st.integers(min_value=-12 * 4, max_value=14 * 4).map(lambda q: timezone(timedelta(minutes=15 * q)))
plausible = st.datetimes(min_value=datetime(1991, 1, 1), max_value=datetime(2025, 6, 1))


@SETTINGS
@given(st.text(max_size=100))
def test_parse_date_never_raises(text: str) -> None:
    value = parse_date(text, now=NOW)
    assert value is None or isinstance(value, date)
    if isinstance(value, datetime) and value.tzinfo is not None:
        assert value.utcoffset() is not None


@SETTINGS
@given(plausible, st.one_of(st.none(), offsets))
def test_iso_dates_keep_their_instant_and_their_awareness(moment: datetime, zone: timezone | None) -> None:
    value = moment.replace(microsecond=0, tzinfo=zone)
    parsed = parse_date(value.isoformat(), now=NOW)
    assert parsed == value
    assert parsed is not None and (parsed.tzinfo is None) == (zone is None)
    if zone is not None:
        assert parsed.utcoffset() == zone.utcoffset(None)


@SETTINGS
@given(plausible, offsets)
def test_rfc_2822_dates_are_aware(moment: datetime, zone: timezone) -> None:
    value = moment.replace(microsecond=0, tzinfo=zone)
    parsed = parse_date(email.utils.format_datetime(value), now=NOW)
    assert parsed == value and parsed is not None and parsed.tzinfo is not None


# ---------------------------------------------------------------- bylines

word = st.sampled_from(
    ["Ana", "Lima", "Tom", "Berg", "María", "García", "Jean-Luc", "O'Neill", "Søren", "Łukasz", "Nguyễn", "Anjali"]
)
name = st.lists(word, min_size=1, max_size=3).map(" ".join)
separator = st.sampled_from([", ", " and ", " & ", " und ", " et ", "; ", " / "])
lead = st.sampled_from(["", "By ", "by ", "Von ", "Par ", "Written by ", "BY "])
tail = st.sampled_from(
    ["", ", Staff Writer", " | Updated 3 May 2024, 10:02 BST", " (ana@example.com)", " @analima", ", 3 hours ago"]
)
byline = st.builds(
    lambda lead, names, seps, tail: lead + "".join(n + s for n, s in zip(names, seps)) + names[-1] + tail,
    lead,
    st.lists(name, min_size=1, max_size=4),
    st.lists(separator, min_size=4, max_size=4),
    tail,
)


@SETTINGS
@given(st.one_of(st.text(max_size=200), byline))
def test_parse_byline_names_come_from_the_input(text: str) -> None:
    names = parse_byline(text)
    assert isinstance(names, tuple)
    assert len(names) == len(set(names))
    printed = clean_text(text)
    for n in names:
        assert n and n == n.strip()
        assert n in printed, f"{n!r} is not in {printed!r}"


# ---------------------------------------------------------------- extract on junk

TOKENS = [
    "<html>", "<head>", "</head>", "<body>", "</body>", "<title>", "</title>", "<h1>", "</h1>",
    "<article>", "</article>", "<div class='article-body'>", "<div class=share>", "</div>", "<p>",
    "</p>", "<br>", "<h2>", "</h2>", "<ul>", "<ol>", "<li>", "</ul>", "<blockquote>",
    "</blockquote>", "<blockquote class=twitter-tweet>", "<script>", "</script>", "<style>",
    "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&nbsp;", "&#0;", "&#xD800;", "&bogus;", "\x00",
    "\ufeff", "\u200b", "<time datetime='2024-13-45T99:99'>", "<time datetime='2024-05-03T10:00:00+02:00'>",
    "<meta charset=utf-16>", "<meta property='og:title' content='A headline, of sorts'>",
    "<meta name=author content='By A and B'>", "<a rel=author href=/a>", "</a>", "<table><tr><td>",
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":',
    '"Story", "author": [{"@type":"Person","name":"Ana Lima"}, "x"], "datePublished": "2024-05-03"}',
    '{"@graph": [[[[{"@type": "Article"}]]]]}', "</script>",
    "Officials said on Monday that the plan, agreed after talks, would go ahead.",
    "Continue Reading", "© 2025", "By Ana Lima and Tom Berg", "Über „Zitat“ – 5 €",
    "<?xml version='1.0' encoding='latin-1'?>", "<svg><title>x</title></svg>", "<p", "<div id=", '"',
]
soup = st.lists(st.sampled_from(TOKENS), max_size=60).map("".join)


def extract_or_error(page: str | bytes) -> Article | None:
    try:
        return articlekit.extract(page, url="https://example.com/news/2024/05/03/story")
    except ArticleKitError:
        return None


@SETTINGS
@given(st.text(max_size=300))
def test_extract_on_arbitrary_text_raises_only_articlekit_errors(text: str) -> None:
    result = extract_or_error(text)
    assert result is None or isinstance(result, Article)


@SETTINGS
@given(st.binary(max_size=300))
def test_extract_on_arbitrary_bytes_raises_only_articlekit_errors(data: bytes) -> None:
    result = extract_or_error(data)
    assert result is None or isinstance(result, Article)


@SETTINGS
@given(soup)
def test_extract_on_tag_soup_raises_only_articlekit_errors(page: str) -> None:
    result = extract_or_error(page)
    assert result is None or isinstance(result, Article)
    if result is not None:
        assert all(b.text for b in result.body), "a body block with no text"


def test_deeply_nested_page_is_read_or_refused_cleanly() -> None:
    page = "<html><body>" + "<div>" * 20000 + "<p>Deep text, with a comma, in a paragraph.</p>" + "</div>" * 20000
    result = extract_or_error(page)
    assert result is None or isinstance(result, Article)


# ---------------------------------------------------------------- JSON round trip


@SETTINGS
@given(soup)
def test_json_round_trip_of_extracted_articles_is_lossless(page: str) -> None:
    article = extract_or_error(page)
    if article is not None:
        assert articlekit.from_json(articlekit.serialize(article, "json")) == article


text = st.text(max_size=40)
block = st.one_of(
    st.builds(Paragraph, text.filter(bool)),
    st.builds(Heading, text.filter(bool), st.integers(min_value=2, max_value=6)),
    st.builds(ListBlock, st.lists(text.filter(lambda t: bool(t) and "\n" not in t), min_size=1, max_size=4).map(tuple), st.booleans()),
    st.builds(Quote, text.filter(bool)),
    st.builds(Caption, text.filter(bool)),
    st.builds(Table, st.lists(st.lists(text, min_size=1, max_size=3).map(tuple), min_size=1, max_size=3).map(tuple), st.booleans()),
)
when = st.none() | st.dates() | st.datetimes(timezones=st.none() | offsets)
article = st.builds(
    Article,
    headline=st.none() | text,
    section=st.none() | text,
    byline=st.none() | text,
    authors=st.lists(text, max_size=3).map(tuple),
    published=when,
    modified=when,
    body=st.lists(block, max_size=6).map(tuple),
    url=st.none() | text,
    tags=st.lists(text, max_size=3).map(tuple),
    provenance=st.dictionaries(st.sampled_from(["headline", "body", "published"]), st.sampled_from(["jsonld", "html"])),
    not_article_reason=st.none() | text,
)


@SETTINGS
@given(article)
def test_json_round_trip_of_any_article_is_lossless_and_valid(value: Article) -> None:
    written = articlekit.serialize(value, "json")
    SCHEMA.validate(json.loads(written))  # with the date and date-time formats checked
    back = articlekit.from_json(written)
    assert back == value
    for field in ("published", "modified"):
        original, restored = getattr(value, field), getattr(back, field)
        assert type(restored) is type(original)
        if isinstance(original, datetime):
            assert restored.utcoffset() == original.utcoffset()
