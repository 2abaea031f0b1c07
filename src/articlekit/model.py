"""The Article value and its body blocks.

Everything here is a frozen, fully typed ``attrs`` value. Conversion to and from JSON lives in
``articlekit.serialize``; this module imports nothing else of ours.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date, datetime
from typing import Any, Union

import attrs

# ---------------------------------------------------------------- valid text
#
# Every string that enters an Article, from whatever source (the pipeline, a site rule,
# ``from_json``, a caller), is valid Unicode text that any output can encode: it is cleaned
# by the converters of the classes below, so no serializer has to think about it.

_LINE_BREAKS = "\n\x0b\x0c\r\x1c\x1d\x1e\x85\u2028\u2029"
"""The characters ``str.splitlines`` breaks at (``\\r\\n`` is made one ``\\n`` first)."""
_SPACES = "\t\x1f"
"""The other white-space controls."""
_CONTROLS = [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]
"""C0, DEL and C1: the ones that are neither line breaks nor spaces are dropped."""
_NONCHARACTERS = [*range(0xFDD0, 0xFDF0), *(plane << 16 | low for plane in range(17) for low in (0xFFFE, 0xFFFF))]
"""Code points Unicode reserves as never being text: written as U+FFFD."""
_SURROGATES = "\ud800-\udfff"
"""Half of a UTF-16 pair each: alone (``"\\ud800"`` from JSON), not text; UTF-8 cannot hold it."""
_ASTRAL = "\U00010000-\U0010ffff"
"""Beyond the BMP: emoji, rare scripts, and 34 noncharacters."""


def _table(breaks: str, spaces: str) -> dict[str, str]:
    table = {chr(code): "" for code in _CONTROLS}
    table.update({c: breaks for c in _LINE_BREAKS})
    table.update({c: spaces for c in _SPACES})
    table.update({chr(code): "\ufffd" for code in _NONCHARACTERS})
    return table


# character -> what it becomes; ``\n`` and ``\t`` stay in text with lines.
_TO_ONE_LINE = _table(" ", " ")
_TO_LINES = {**_table("\n", " "), "\n": "\n", "\t": "\t"}


def _pattern(table: dict[str, str]) -> re.Pattern[str]:
    """One character class: what ``table`` changes in the BMP, the surrogates, and every astral
    character. Astral text is rare and is looked at one character at a time; listing the 34
    astral noncharacters in the class instead would make every search ten times slower."""
    changed = "".join(re.escape(c) for c, to in table.items() if to != c and c < "\U00010000")
    return re.compile(f"[{changed}{_SURROGATES}{_ASTRAL}]")


_ODD_ONE_LINE = _pattern(_TO_ONE_LINE)
_ODD_LINES = _pattern(_TO_LINES)
_SURROGATE = re.compile(f"[{_SURROGATES}]")


def valid_text(text: str, lines: bool = False) -> str:
    """``text`` as valid Unicode with no control characters: a lone surrogate or a
    noncharacter becomes U+FFFD (a surrogate pair the character it encodes), a line break or
    white-space control a space, other controls are dropped. With ``lines``, ``\\n`` (the
    line break every other one becomes) and ``\\t`` are kept. Clean text is returned as it is.

    >>> valid_text("Rates\\x00 held\\r\\nagain\\ud800")
    'Rates held again\ufffd'
    >>> valid_text("Rates\\r\\nheld\\x85\\tagain", lines=True)
    'Rates\\nheld\\n\\tagain'
    """
    odd = _ODD_LINES if lines else _ODD_ONE_LINE
    # Printable text (no controls, separators, surrogates, unassigned code points) is the
    # common case and the quickest test; the search settles the rest (line breaks, NBSP ...).
    if text.isprintable() or odd.search(text) is None:
        return text
    if _SURROGATE.search(text) is not None:
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    table = _TO_LINES if lines else _TO_ONE_LINE
    return odd.sub(lambda found: table.get(found[0], found[0]), text.replace("\r\n", "\n"))


def _valid(value: Any, lines: bool) -> Any:
    """``value`` with every string in it (in tuples too, at any depth) made ``valid_text``."""
    if isinstance(value, str):
        return valid_text(value, lines)
    if isinstance(value, tuple):
        return tuple(_valid(item, lines) for item in value)
    return value


LINES: Mapping[str, bool] = {"lines": True}
"""Field metadata: the field's text keeps line breaks (as ``\\n``) and tabs."""


def _cleaning(convert: Callable[[Any], Any] | attrs.Converter[Any, Any] | None, lines: bool) -> Callable[[Any], Any]:
    """The field's converter, then the cleaning; then the converter again, so that what it
    ensures (sorted, unique keys) holds for the cleaned strings too. Converters are idempotent."""
    if isinstance(convert, attrs.Converter):
        raise TypeError("the fields of an Article take plain functions as converters")
    if convert is None:
        return lambda value: _valid(value, lines)
    return lambda value: convert(_valid(convert(value), lines))


def _valid_fields(cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    """The ``field_transformer`` of every class here: the value of each field whose type has
    ``str`` in it is cleaned on the way in (one line, unless the field's metadata is ``LINES``).
    Other fields (dates, the body's blocks, which are clean already) are left alone."""
    return [
        field.evolve(converter=_cleaning(field.converter, bool(field.metadata.get("lines"))))
        if _STR_TYPE.search(str(field.type)) else field
        for field in fields
    ]


# ``str`` in a field's annotation, as a string ("tuple[str, ...]") or as a type (<class 'str'>).
_STR_TYPE = re.compile(r"\bstr\b")


def _tuple_of_str(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)  # type: ignore[attr-defined]


def _sorted_pairs(value: Mapping[str, str] | Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(dict(value).items()))


def _blocks(value: Iterable[Block]) -> tuple[Block, ...]:
    return tuple(value)


SPAN_KINDS = frozenset({"link", "emphasis", "strong", "code"})
"""What a ``Span`` marks: a link (``<a href>``), emphasis (``<em>``, ``<i>``), strong
importance (``<strong>``, ``<b>``), or inline code (``<code>``, ``<kbd>``, ``<samp>``)."""


def _check_span(span: Span, attribute: attrs.Attribute[Any], end: int) -> None:
    if not 0 <= span.start <= end:
        raise ValueError(f"a span's start and end are offsets into its block's text with start <= end, not {span.start}..{end}")


def _check_kind(span: Span, attribute: attrs.Attribute[Any], kind: str) -> None:
    if kind not in SPAN_KINDS:
        raise ValueError(f"a span's kind is one of {sorted(SPAN_KINDS)}, not {kind!r}")


@attrs.frozen(field_transformer=_valid_fields)
class Span:
    """Inline markup over a run of a block's ``text``: ``text[start:end]`` is the linked,
    emphasised, strong or code run (offsets in characters). Spans never change ``text``; nested
    markup (a link in bold) gives two spans over the same characters. ``href`` is a link's
    address, made absolute against the page's URL (and its ``<base>``).

    >>> block = Paragraph("Read the report.", spans=(Span(9, 15, "link", "https://example.com/r"),))
    >>> [block.text[s.start : s.end] for s in block.spans]
    ['report']
    """

    start: int
    end: int = attrs.field(validator=_check_span)
    kind: str = attrs.field(validator=_check_kind)
    href: str | None = None


def _spans(value: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(value)


def _check_spans(block: Any, attribute: attrs.Attribute[Any], spans: tuple[Span, ...]) -> None:
    for span in spans:
        if span.end > len(block.text):
            raise ValueError(f"a span ends at {span.end}, beyond its block's text ({len(block.text)} characters)")


def _span_field() -> Any:
    return attrs.field(default=(), converter=_spans, validator=_check_spans)


@attrs.frozen(field_transformer=_valid_fields)
class Paragraph:
    """A paragraph of the story. ``text`` keeps ``<br>`` breaks as ``\\n``.

    >>> Paragraph("The vote was held on Sunday.").text
    'The vote was held on Sunday.'
    """

    text: str = attrs.field(metadata=LINES)
    spans: tuple[Span, ...] = _span_field()
    kind = "paragraph"


@attrs.frozen(field_transformer=_valid_fields)
class Heading:
    """A subheading inside the story, with its HTML level (2 for ``<h2>`` ... 6 for ``<h6>``;
    1 where a template sets its sections' titles in ``<h1>`` elements after the story's opening).

    >>> Heading("What happens next", level=2).level
    2
    """

    text: str = attrs.field(metadata=LINES)
    level: int = 2
    spans: tuple[Span, ...] = _span_field()
    kind = "heading"


@attrs.frozen(field_transformer=_valid_fields)
class ListBlock:
    """A bulleted or numbered list; ``text`` is its items joined by newlines.

    >>> ListBlock(("one", "two")).text
    'one\\ntwo'
    """

    items: tuple[str, ...] = attrs.field(converter=_tuple_of_str)
    ordered: bool = False
    kind = "list"

    @property
    def text(self) -> str:
        return "\n".join(self.items)


@attrs.frozen(field_transformer=_valid_fields)
class Quote:
    """A block quotation or pull quote set apart from the running text.

    >>> Quote("We will rebuild.").kind
    'quote'
    """

    text: str = attrs.field(metadata=LINES)
    spans: tuple[Span, ...] = _span_field()
    kind = "quote"


def _rows(value: Iterable[Iterable[str]]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(str(cell) for cell in row) for row in value)


@attrs.frozen(field_transformer=_valid_fields)
class Table:
    """A data table of the story, row by row; ``text`` has one line per row, cells joined by " | ".
    ``header`` says that the first row is the table's header row (on the page its cells were
    ``<th>``, or it sat in ``<thead>``), not a row of data.

    >>> Table((("Team", "Points"), ("Lions", "12")), header=True).text
    'Team | Points\\nLions | 12'
    """

    rows: tuple[tuple[str, ...], ...] = attrs.field(converter=_rows)
    header: bool = False
    kind = "table"

    @property
    def text(self) -> str:
        return "\n".join(" | ".join(row) for row in self.rows)


@attrs.frozen(field_transformer=_valid_fields)
class Caption:
    """A figure's caption, kept in place only with ``Options(include_captions=True)``.

    >>> Caption("The new pier at dawn.").kind
    'caption'
    """

    text: str = attrs.field(metadata=LINES)
    spans: tuple[Span, ...] = _span_field()
    kind = "caption"


@attrs.frozen(field_transformer=_valid_fields)
class Standfirst:
    """The lead (standfirst, dek, chapô, perex) the page sets apart above the story's first
    paragraph: part of what a reader reads, first in the body, and a block of its own so that it
    can be left out in one line (``[b for b in article.body if b.kind != "standfirst"]``).

    >>> Standfirst("Ferry fares rise by a fifth from April.").kind
    'standfirst'
    """

    text: str = attrs.field(metadata=LINES)
    spans: tuple[Span, ...] = _span_field()
    kind = "standfirst"


@attrs.frozen(field_transformer=_valid_fields)
class Figure:
    """A picture where it stands in the story: its address (absolute, the largest of the
    candidates the page gives in ``src``, ``srcset`` and the lazy-loading attributes), its
    ``alt`` text, its caption and credit, and its size when the page gives it. A figure adds no
    text to the body (``text`` is empty): the caption is a ``Caption`` block too only with
    ``Options(include_captions=True)``. The lead image stays in ``Article.image``.

    >>> Figure("https://example.com/pier.jpg", alt="The pier", caption="The new pier at dawn.").text
    ''
    """

    src: str
    alt: str = ""
    caption: str = attrs.field(default="", metadata=LINES)
    credit: str = ""
    width: int | None = None
    height: int | None = None
    kind = "figure"

    @property
    def text(self) -> str:
        return ""


@attrs.frozen(field_transformer=_valid_fields)
class Embed:
    """A post or player embedded in the story: a tweet, an Instagram or TikTok post, a YouTube
    or Vimeo video, a podcast, another page in an ``<iframe>``. ``provider`` names the service
    ("twitter", "youtube", ... or "iframe"), ``url`` is the embedded item's address, and
    ``text`` the words the page quotes from it (a tweet's text), which are part of the body's
    text as a quotation's are.

    >>> Embed("https://www.youtube.com/embed/abc", "youtube").text
    ''
    """

    url: str
    provider: str
    text: str = attrs.field(default="", metadata=LINES)
    kind = "embed"


Block = Union[Paragraph, Heading, ListBlock, Quote, Table, Caption, Standfirst, Figure, Embed]
"""One block of an article body, in reading order.

Every block has ``kind`` (its JSON ``type``) and ``text``:

>>> body = (Heading("Why now"), Paragraph("Rain, twice."), ListBlock(("a", "b")))
>>> [(block.kind, block.text) for block in body]
[('heading', 'Why now'), ('paragraph', 'Rain, twice.'), ('list', 'a\\nb')]
"""


@attrs.frozen(field_transformer=_valid_fields)
class Provenance(Mapping[str, str]):
    """Where each field of an Article came from: field name -> source.

    Sources are ``jsonld``, ``opengraph``, ``meta``, ``microdata``, ``html``, ``text``, ``url``,
    ``heuristic``, ``script`` (a body read from the data of the page's scripts), ``input``, or
    ``site:<extractor name>``.

    >>> Provenance({"headline": "jsonld"})["headline"]
    'jsonld'
    """

    _items: tuple[tuple[str, str], ...] = attrs.field(converter=_sorted_pairs, default=())

    def __getitem__(self, key: str) -> str:
        for name, source in self._items:
            if name == key:
                return source
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return (name for name, _ in self._items)

    def __len__(self) -> int:
        return len(self._items)


@attrs.frozen(field_transformer=_valid_fields)
class Article:
    """One news article as extracted from a page.

    Missing values are ``None`` (or empty tuples). A page with no story has an empty ``body``,
    and ``not_article_reason`` says why (then ``is_article`` is false).
    ``published`` and ``modified`` are a ``datetime`` when the page gives a time of day, with
    the page's own UTC offset when it gives one (naive otherwise: articlekit never assumes UTC),
    and a plain ``date`` when the page gives only the calendar day ("Published March 3, 2024"):
    ``isinstance(article.published, datetime)`` tells the two apart, and ``published_day`` is
    the calendar day of either. A page that gives only an update date ("Updated: March 3") has
    that date as ``published`` too: it is the only date a reader sees.

    >>> art = Article(headline="Rates held", body=(Paragraph("The bank kept rates."),))
    >>> art.text
    'The bank kept rates.'
    """

    headline: str | None = None
    section: str | None = None
    byline: str | None = None
    authors: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    published: datetime | date | None = None
    modified: datetime | date | None = None
    body: tuple[Block, ...] = attrs.field(default=(), converter=_blocks)
    url: str | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = attrs.field(default=None, metadata=LINES)
    image: str | None = None
    tags: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    provenance: Provenance = attrs.field(factory=Provenance, converter=Provenance)
    not_article_reason: str | None = None
    """Why the page gave no story ("a listing or home page", "no paragraphs of story text"),
    or ``None`` for an article."""

    @property
    def is_article(self) -> bool:
        """Whether the page held a story: it has a body and no reason to think otherwise.

        >>> Article(body=(Paragraph("The bank kept rates."),)).is_article
        True
        >>> Article(not_article_reason="a listing or home page").is_article
        False
        """
        return bool(self.body) and self.not_article_reason is None

    @property
    def published_day(self) -> date | None:
        """The calendar day of ``published``, whether the page gave a time or only the day, as
        the page's reader sees it (in the page's own offset): what to filter and group by.

        >>> Article(published=datetime(2024, 3, 3, 23, 30)).published_day
        datetime.date(2024, 3, 3)
        >>> Article(published=date(2024, 3, 3)).published_day
        datetime.date(2024, 3, 3)
        """
        return calendar_day(self.published)

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The text of each paragraph block, in order.

        >>> Article(body=(Heading("Why"), Paragraph("One."), Paragraph("Two."))).paragraphs
        ('One.', 'Two.')
        """
        return tuple(b.text for b in self.body if isinstance(b, Paragraph))

    @property
    def subheadings(self) -> tuple[str, ...]:
        """The text of each heading block, in order.

        >>> Article(body=(Heading("Why"), Paragraph("One."), Heading("What next"))).subheadings
        ('Why', 'What next')
        """
        return tuple(b.text for b in self.body if isinstance(b, Heading))

    @property
    def text(self) -> str:
        """The whole body as plain text, one block per paragraph (blank-line separated).

        >>> print(Article(body=(Heading("Why"), Paragraph("One."))).text)
        Why
        <BLANKLINE>
        One.
        """
        return "\n\n".join(b.text for b in self.body if b.text)


def calendar_day(value: datetime | date | None) -> date | None:
    """The calendar day of a date or a datetime (in its own offset).

    >>> calendar_day(datetime(2024, 3, 3, 23, 30))
    datetime.date(2024, 3, 3)
    """
    if value is None:
        return None
    return value.date() if isinstance(value, datetime) else value
