"""The Article value and its body blocks.

Everything here is a frozen, fully typed ``attrs`` value. Conversion to and from JSON lives in
``articlekit.serialize``; this module imports nothing else of ours but ``articlekit.valid``
(the cleaning of every string on the way in: ``valid_text``, re-exported here).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from typing import Any, Union

import attrs

from .valid import LINES as LINES, valid_fields as _valid_fields, valid_text as valid_text


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


def _bounds(rows: Iterable[Iterable[str]], separator: str) -> list[tuple[int, int]]:
    """The (start, end) of each part of a text made of rows (joined by ``\n``) of parts joined
    by ``separator``: a list's items (one row), a table's cells."""
    bounds: list[tuple[int, int]] = []
    at = 0
    for row in rows:
        for n, part in enumerate(row):
            at += len(separator) if n else 0
            bounds.append((at, at + len(part)))
            at += len(part)
        at += 1
    return bounds


def _part_of(span: Span, bounds: list[tuple[int, int]], starts: list[int]) -> int:
    """The index of the part ``span`` lies in, or -1 (it crosses from one to the next)."""
    n = bisect_right(starts, span.start) - 1
    return n if n >= 0 and span.end <= bounds[n][1] else -1


def _check_part_spans(block: ListBlock | Table, attribute: attrs.Attribute[Any], spans: tuple[Span, ...]) -> None:
    if not spans:
        return
    bounds = block.parts()
    starts = [start for start, _ in bounds]
    for span in spans:
        if _part_of(span, bounds, starts) < 0:
            part = "item" if isinstance(block, ListBlock) else "cell"
            raise ValueError(f"a span of a {block.kind} lies within one {part}, not over {span.start}..{span.end} of its text")


def _split(spans: tuple[Span, ...], bounds: list[tuple[int, int]]) -> tuple[tuple[Span, ...], ...]:
    """The spans of each part, as offsets into the part."""
    if not spans:
        return ((),) * len(bounds)
    starts = [start for start, _ in bounds]
    parts: list[list[Span]] = [[] for _ in bounds]
    for span in spans:
        n = _part_of(span, bounds, starts)
        parts[n].append(Span(span.start - starts[n], span.end - starts[n], span.kind, span.href))
    return tuple(map(tuple, parts))


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
    spans: tuple[Span, ...] = attrs.field(default=(), converter=_spans, validator=_check_part_spans)
    """Over ``text``, as a paragraph's are; each within one item (``item_spans`` splits them)."""
    kind = "list"

    @property
    def text(self) -> str:
        return "\n".join(self.items)

    def parts(self) -> list[tuple[int, int]]:
        """Where each item is in ``text``: (start, end) offsets."""
        return _bounds([(item,) for item in self.items], "")

    @property
    def item_spans(self) -> tuple[tuple[Span, ...], ...]:
        """The spans of each item, as offsets into the item's own text.

        >>> ListBlock(("one", "two"), spans=(Span(4, 7, "link", "https://example.com/2"),)).item_spans
        ((), (Span(start=0, end=3, kind='link', href='https://example.com/2'),))
        """
        return _split(self.spans, self.parts())


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
    spans: tuple[Span, ...] = attrs.field(default=(), converter=_spans, validator=_check_part_spans)
    """Over ``text``, as a paragraph's are; each within one cell (``cell_spans`` splits them)."""
    kind = "table"

    @property
    def text(self) -> str:
        return "\n".join(" | ".join(row) for row in self.rows)

    def parts(self) -> list[tuple[int, int]]:
        """Where each cell is in ``text``, row by row: (start, end) offsets."""
        return _bounds(self.rows, " | ")

    @property
    def cell_spans(self) -> tuple[tuple[tuple[Span, ...], ...], ...]:
        """The spans of each cell, row by row, as offsets into the cell's own text.

        >>> Table((("Team", "Site"), ("Lions", "lions.example")), spans=(Span(20, 33, "link", "https://lions.example/"),)).cell_spans[1]
        ((), (Span(start=0, end=13, kind='link', href='https://lions.example/'),))
        """
        cells = iter(_split(self.spans, self.parts()))
        return tuple(tuple(next(cells) for _ in row) for row in self.rows)


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
