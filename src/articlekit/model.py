"""The Article value and its body blocks.

Everything here is a frozen, fully typed ``attrs`` value. Conversion to and from JSON lives in
``articlekit.serialize``; this module imports nothing else of ours.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from typing import Union

import attrs


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


@attrs.frozen
class Paragraph:
    """A paragraph of the story. ``text`` keeps ``<br>`` breaks as ``\\n``.

    >>> Paragraph("The vote was held on Sunday.").text
    'The vote was held on Sunday.'
    """

    text: str
    kind = "paragraph"


@attrs.frozen
class Heading:
    """A subheading inside the story, with its HTML level (2 for ``<h2>`` ... 6 for ``<h6>``;
    1 where a template sets its sections' titles in ``<h1>`` elements after the story's opening).

    >>> Heading("What happens next", level=2).level
    2
    """

    text: str
    level: int = 2
    kind = "heading"


@attrs.frozen
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


@attrs.frozen
class Quote:
    """A block quotation or pull quote set apart from the running text.

    >>> Quote("We will rebuild.").kind
    'quote'
    """

    text: str
    kind = "quote"


def _rows(value: Iterable[Iterable[str]]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(str(cell) for cell in row) for row in value)


@attrs.frozen
class Table:
    """A data table of the story, row by row; ``text`` has one line per row, cells joined by " | ".

    >>> Table((("Team", "Points"), ("Lions", "12"))).text
    'Team | Points\\nLions | 12'
    """

    rows: tuple[tuple[str, ...], ...] = attrs.field(converter=_rows)
    kind = "table"

    @property
    def text(self) -> str:
        return "\n".join(" | ".join(row) for row in self.rows)


@attrs.frozen
class Caption:
    """A figure's caption, kept in place only with ``Options(include_captions=True)``.

    >>> Caption("The new pier at dawn.").kind
    'caption'
    """

    text: str
    kind = "caption"


Block = Union[Paragraph, Heading, ListBlock, Quote, Table, Caption]
"""One block of an article body, in reading order.

Every block has ``kind`` (its JSON ``type``) and ``text``:

>>> body = (Heading("Why now"), Paragraph("Rain, twice."), ListBlock(("a", "b")))
>>> [(block.kind, block.text) for block in body]
[('heading', 'Why now'), ('paragraph', 'Rain, twice.'), ('list', 'a\\nb')]
"""


@attrs.frozen
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


@attrs.frozen
class Article:
    """One news article as extracted from a page.

    Missing values are ``None`` (or empty tuples). A page with no story has an empty ``body``,
    and ``not_article_reason`` says why (then ``is_article`` is false).
    ``published`` and ``modified`` carry a time zone when the page gives one and are naive
    otherwise: articlekit never assumes UTC. A page that gives only an update date ("Updated:
    March 3") has that date as ``published`` too: it is the only date a reader sees.

    >>> art = Article(headline="Rates held", body=(Paragraph("The bank kept rates."),))
    >>> art.text
    'The bank kept rates.'
    """

    headline: str | None = None
    section: str | None = None
    byline: str | None = None
    authors: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    published: datetime | None = None
    modified: datetime | None = None
    body: tuple[Block, ...] = attrs.field(default=(), converter=_blocks)
    url: str | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
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
        return "\n\n".join(b.text for b in self.body)
