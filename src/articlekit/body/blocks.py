"""Walking the story's container in reading order and turning it into blocks.

Block-level elements become blocks (``<p>`` a paragraph, ``<h2>``-``<h6>`` a heading, ``<ul>``
a list, ``<blockquote>`` a quote); loose text between them (text separated by ``<br>`` in a
``<div>``) becomes paragraphs too. Furniture inside the container is skipped on the way: a
subtree whose class/id words say what it is, a list of links, a paragraph that is a known
phrase ("Continue Reading").
"""

from __future__ import annotations

import re

from lxml import etree

from ..dom.tree import Element, class_and_id

from ..dom.text import BLOCK_TAGS, block_text, clean_text, element_text, inline_text, preformatted_text, short_text, text_length
from ..model import Block, Caption, Embed, Figure, Heading, ListBlock, Paragraph, Quote, Span, Table
from .candidates import is_teaser_text, link_density
from .figures import MAX_CAPTION_CHARS, MAX_LEAD_ANCHORS, Placed, credit_in, figures_in, is_caption, is_captioned_picture
from .embeds import EMBED_TAG, quoted_post
from .inline import SPAN_TAGS, part_spans, shifted, spans_in
from .furniture import is_furniture
from .hints import LEAD_WORDS, hint_words
from .lines import (
    holds_blocks,
    is_boilerplate_text,
    is_bold_line,
    is_drawn_break,
    is_sentence_around_links,
    links_to_itself,
)

__all__ = ["is_boilerplate_text", "to_blocks"]

HEADING_LEVELS = {"h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# A paragraph whose text is mostly links is navigation, unless it is long prose with links.
MAX_PARAGRAPH_LINK_DENSITY = 0.5
LONG_PROSE_CHARS = 200
# (...unless it is a short sentence around its links: ``lines.is_sentence_around_links``)
# A list whose items are mostly links is "related stories", not part of the story.
MAX_LIST_LINK_DENSITY = 0.5
# A heading longer than this is a paragraph set in bold.
MAX_HEADING_CHARS = 200
# Elements that only wrap other content: walked into, never a block themselves.
_SKIP_TAGS = frozenset({"figure", "figcaption", "h1", "hr", "img", "picture", "source", "time"})
_PICTURE_TAGS = frozenset({"img", "picture", EMBED_TAG})
_WALKED_AS_BLOCK = frozenset({"p", "pre", "blockquote", "ul", "ol", *HEADING_LEVELS})
_DOUBLE_BREAK = re.compile(r"\n{2,}|\u2028{2,}")


class _Walker:
    """Collects blocks from one or more containers; state lives only for one extraction."""

    def __init__(
        self, containers: list[Element], captions: bool = False, headline: str | None = None, base: str | None = None
    ) -> None:
        self.captions = captions
        self.base = base
        """The address links and pictures are read against (``inline.page_base``)."""
        self.headline_words = _words(headline) if headline else None
        self.containers = containers
        self._container_chars: int | None = None
        self.blocks: list[Block] = []
        self.seen: set[str] = set()
        self.pending: list[str] = []
        self.pending_linked = 0
        self.pending_sources: list[Element] = []
        """The inline elements whose text is in ``pending``: where its spans are."""
        self.figures: list[tuple[int, Figure | Embed]] = []
        """The story's pictures and embedded frames, each with the number of blocks before it."""
        self.pending_figures: list[Figure | Embed] = []
        self.lead: str | None = None
        self.bold_lines: set[str] = set()
        """Paragraphs set wholly in bold, short and without a sentence's end: subheadings, once
        the tidying has judged them as the paragraphs they are in the markup."""
        self.set_quotes: list[Quote] = []
        """Quotations set in a <figure>: a pull quote among them repeats the story's words."""

    def container_chars(self) -> int:
        """The length of the containers' text, measured the first time a subtree's share of it
        is asked for (most stories never ask)."""
        if self._container_chars is None:
            self._container_chars = max(sum(map(text_length, self.containers)), 1)
        return self._container_chars

    def add(self, block: Block) -> bool:
        """Add the block unless it is empty or repeats one already added; whether it was added."""
        key = block.text
        if not key or key in self.seen:
            return False
        self.seen.add(key)
        self.blocks.append(block)
        return True

    def add_paragraph(self, text: str, spans: tuple[Span, ...] = ()) -> None:
        if "\n\n" not in text and "\u2028" not in text:
            part = text.strip()
            if part and not is_boilerplate_text(part):
                self.add(Paragraph(part, shifted(spans, text.find(part), text.find(part) + len(part)) if spans else ()))
            return
        at = 0
        for part in _DOUBLE_BREAK.split(text):
            part = part.strip()
            if not part:
                continue
            start = text.find(part, at)
            at = start + len(part)
            if not is_boilerplate_text(part):
                self.add(Paragraph(part, shifted(spans, start, at) if spans else ()))

    def add_figures(self, figures: list[Figure | Embed]) -> None:
        self.figures.extend((len(self.blocks), figure) for figure in figures)

    def flush(self) -> None:
        if self.pending:
            raw = "".join(self.pending)
            linked, self.pending, self.pending_linked = self.pending_linked, [], 0
            sources, self.pending_sources = self.pending_sources, []
            figures, self.pending_figures = self.pending_figures, []
            text = "\n".join(clean_text(line) for line in raw.split("\u2028")).strip()
            if len(text) < LONG_PROSE_CHARS and linked > MAX_PARAGRAPH_LINK_DENSITY * len(text):
                return  # loose text that is mostly links: a ticker or a link row
            self.add_paragraph(text, spans_in(text, sources, self.base) if sources else ())
            self.add_figures(figures)

    def walk(self, el: Element) -> None:
        if el.text:
            self.pending.append(el.text)
        for child in el:
            tag = child.tag
            if tag == "br" or (not len(child) and not child.text and is_drawn_break(child)):
                self.pending.append("\u2028")
            elif tag in BLOCK_TAGS or tag in _SKIP_TAGS or tag in ("ul", "ol"):
                self.flush()
                self.visit(child)
            elif isinstance(tag, str) and is_furniture(child, self.container_chars):
                pass  # inline furniture (a share link, an ad label): left out with its subtree
            elif tag != "a" and len(child) and holds_blocks(child):
                # An inline or unknown element around paragraphs (a custom element such as
                # <story-text>, a <span> around <p>s) is a container, not a phrase. (A link
                # around blocks is a teaser card: its text stays linked, and so goes as one.)
                self.flush()
                self.visit(child)
            else:
                text = _inline_text(child)
                self.pending.append(text)
                if tag == EMBED_TAG:
                    self.pending_figures.extend(figures_in(child, self.base))
                elif isinstance(tag, str) and (len(child) or tag in SPAN_TAGS):
                    self.pending_sources.append(child)
                    if len(child) and child.find(".//img") is not None:  # a linked picture
                        self.pending_figures.extend(figures_in(child, self.base))
                if tag == "a":
                    self.pending_linked += len(text.strip())
                elif isinstance(tag, str):
                    self.pending_linked += sum(len(element_text(a)) for a in child.iter("a"))
            if child.tail:
                self.pending.append(child.tail)

    def visit(self, el: Element) -> None:
        tag = el.tag
        if self.captions and is_caption(el):
            self.caption(el)
            return
        if tag == "figure":
            self.figure(el)
            return
        if tag == "h1" and self._is_subheading(el):
            self.heading(el, 1)
            return
        if tag in _PICTURE_TAGS:  # a picture or a marked frame: a figure or an embed, unless furniture
            if not is_furniture(el, self.container_chars):
                self.add_figures(figures_in(el, self.base))
            return
        if tag in _SKIP_TAGS or is_furniture(el, self.container_chars):
            return
        is_lead = not self.blocks and self.lead is None and _is_lead(el)
        if is_lead:
            # Kept in the body too: corpora and readers count the standfirst as story text.
            self.lead = block_text(el)
        if tag == "p":
            self.paragraph(el)
        elif tag == "pre":
            self.preformatted(el)
        elif tag in HEADING_LEVELS:
            self.heading(el, HEADING_LEVELS[tag])
        elif tag in ("ul", "ol"):
            self.list(el)
        elif tag == "blockquote":
            self.quote(el)
        elif tag == "table" and not _is_layout_table(el):
            self.table(el)
        elif not is_lead and is_captioned_picture(el, self.container_chars):
            self.add_figures(figures_in(el, self.base, short_text(el, MAX_CAPTION_CHARS), credit_in(el)))
            if self.captions:
                self.caption(el)
        else:
            self.walk(el)
            self.flush()

    def caption(self, el: Element) -> None:
        text = block_text(el)
        if text:
            self.add(Caption(text, spans_in(text, (el,), self.base)))

    def _is_subheading(self, h1: Element) -> bool:
        """Whether an <h1> inside the story is one of its subheadings (templates that set each
        section's title in an <h1>): it follows story paragraphs, is not the page's first <h1>
        and is not the headline (which it is when most of its words are the headline's, a
        kicker or site name aside)."""
        if self.headline_words is None or sum(isinstance(b, Paragraph) for b in self.blocks) < MIN_PARAGRAPHS_BEFORE_H1:
            return False
        if next(h1.getroottree().iter("h1"), None) is h1:
            return False
        words = _words(element_text(h1))
        return bool(words) and len(words & self.headline_words) < HEADLINE_OVERLAP * len(words)

    def figure(self, el: Element) -> None:
        """A figure is a picture and its caption, left out (or its captions kept, when asked);
        but block editors set data tables in a <figure> too (WordPress's "wp-block-table"):
        those are the story's. So is a quotation set in one, with its caption as the attribution
        (HTML's own pattern); a pull quote, which repeats the story's words, is dropped later."""
        for child in el:
            if child.tag == "table":
                self.visit(child)
            elif child.tag == "blockquote" or (len(child) and child.find(".//blockquote") is not None):
                self.set_quote(el)
                return
        caption = next(el.iter("figcaption"), None)
        credit = credit_in(el)
        text = block_text(caption) if caption is not None else ""
        if credit and text.endswith(credit):
            text = text[: -len(credit)].rstrip()
        self.add_figures(figures_in(el, self.base, text, credit))
        if self.captions:
            for caption in el.iter("figcaption"):
                self.visit(caption)

    def set_quote(self, figure: Element) -> None:
        quotes = [block_text(q) for q in figure.iter("blockquote")]
        attribution = [block_text(c) for c in figure.iter("figcaption")]
        text = "\n".join(t for t in (*quotes, *attribution) if t)
        quote = Quote(text, spans_in(text, figure.iter("blockquote", "figcaption"), self.base))
        if not is_boilerplate_text(text) and self.add(quote):
            self.set_quotes.append(quote)

    def paragraph(self, el: Element) -> None:
        text = block_text(el)
        if not text:
            if len(el) and next(el.iter(*_PICTURE_TAGS), None) is not None:
                self.add_figures(figures_in(el, self.base))  # a picture or a frame set in a paragraph of its own
            return
        if len(text) < LONG_PROSE_CHARS and link_density(el, len(text)) > MAX_PARAGRAPH_LINK_DENSITY:
            if not is_sentence_around_links(el, text):
                return
        if len(el) and any(isinstance(c.tag, str) and c.tag in BLOCK_TAGS for c in el):
            # A <p> wrapping block elements (invalid but common) is a container, not a paragraph.
            self.walk(el)
            self.flush()
            return
        if is_bold_line(el, text):
            self.bold_lines.add(text)
        self.add_paragraph(text, spans_in(text, (el,), self.base) if len(el) else ())
        if len(el) and el.find(".//img") is not None:
            self.add_figures(figures_in(el, self.base))

    def preformatted(self, el: Element) -> None:
        """Code or verse set in <pre>: one paragraph whose lines and indentation are kept."""
        text = preformatted_text(el)
        if text and not is_boilerplate_text(text):
            self.add(Paragraph(text))

    def heading(self, el: Element, level: int) -> None:
        text = element_text(el)
        pictured = len(el) > 0 and el.find(".//img") is not None
        if not text and pictured:
            self.add_figures(figures_in(el, self.base))  # a picture set in a heading of its own
        if not text or len(text) > MAX_HEADING_CHARS or is_boilerplate_text(text):
            return
        if link_density(el, len(text)) > MAX_PARAGRAPH_LINK_DENSITY and not links_to_itself(el):
            return
        if pictured:
            self.add_figures(figures_in(el, self.base))  # a section's picture, set in its heading
        self.add(Heading(text, level, spans_in(text, (el,), self.base) if len(el) else ()))

    def list(self, el: Element) -> None:
        read = [(li, text) for li in _list_items(el) if (text := element_text(li))]
        items = [text for _, text in read]
        text_length = sum(len(i) for i in items)
        if not items or (link_density(el, text_length) > MAX_LIST_LINK_DENSITY and not self._leads_in()):
            return
        if sum(map(is_boilerplate_text, items)) > len(items) / 2 or sum(map(is_teaser_text, items)) > len(items) / 2:
            return
        self.add(ListBlock(tuple(items), ordered=el.tag == "ol", spans=part_spans([[item] for item in read], self.base)))

    def _leads_in(self) -> bool:
        """Whether the last block is a sentence of the story that announces what follows
        ("Many patches were sent for review:"): a list of links under it is the story's."""
        if not self.blocks or not isinstance(self.blocks[-1], Paragraph):
            return False
        text = self.blocks[-1].text.rstrip()
        return text.endswith(":") and len(text.split()) >= LEAD_IN_WORDS

    def table(self, el: Element) -> None:
        """A data table (a layout table is walked like any container instead)."""
        rows: list[tuple[str, ...]] = []
        read: list[list[tuple[Element, str]]] = []
        header = False
        for row in el.iter("tr"):
            cells = [(c, element_text(c)) for c in row if c.tag in ("td", "th")]
            if any(text for _, text in cells):
                header = header or (not rows and _is_header_row(row))
                rows.append(tuple(text for _, text in cells))
                read.append(cells)
        text_length = sum(len(c) for row in rows for c in row)
        if rows and link_density(el, text_length) <= MAX_LIST_LINK_DENSITY:
            self.add(Table(tuple(rows), header=header, spans=part_spans(read, self.base)))

    def quote(self, el: Element) -> None:
        # Embedded posts (a tweet's <blockquote class="twitter-tweet">) are kept: the story
        # quotes them, and readers see their text as part of it.
        text = block_text(el)
        if text and not is_boilerplate_text(text):
            text = text.replace("\n\n", "\n")
            self.add(quoted_post(el, text, self.base) or Quote(text, spans_in(text, (el,), self.base)))


def _is_header_row(row: Element) -> bool:
    """A table's header row: it sits in ``<thead>``, or all its cells are header cells (a row
    that opens with one ``<th>`` and goes on in ``<td>`` is a row of data with its label)."""
    parent = row.getparent()
    if parent is not None and parent.tag == "thead":
        return True
    tags = [c.tag for c in row if c.tag in ("td", "th")]
    return bool(tags) and all(tag == "th" for tag in tags)


def _is_layout_table(el: Element) -> bool:
    """A table used for page layout holds paragraphs or other block content in its cells; but
    a table with header cells is data even when editors set its cells' text in paragraphs."""
    blocks = [inner.tag for inner in el.iter("p", "div", "table", "h2", "h3", "ul", "blockquote", "th") if inner is not el]
    if "th" in blocks and "table" not in blocks:
        return False
    return any(tag != "th" for tag in blocks)


# A line that ends in a colon leads into a list when it is a sentence of this many words at least;
# a shorter one ("Related:", "More on this topic:") is a box's label.
LEAD_IN_WORDS = 4


def _list_items(el: Element) -> list[Element]:
    """The list's items in order, with those of a list set directly inside it (``<ul><ul><li>``
    or ``<ul><li>Examples:</li><ul><li>...</li></ul></ul>``, invalid but common)."""
    items: list[Element] = []
    for child in el:
        if child.tag == "li":
            items.append(child)
        elif child.tag in ("ul", "ol"):
            items.extend(_list_items(child))
    return items


def _inline_text(el: Element) -> str:
    """Inline element text with its <br>s kept (as U+2028 markers for the flush)."""
    return inline_text(el).replace("\n", "\u2028")


# A standfirst is a sentence or three: shorter is a label, longer is the story itself.
MIN_LEAD_CHARS = 30
MAX_LEAD_CHARS = 800


def _is_lead(el: Element) -> bool:
    value = class_and_id(el)
    if not value.strip() or not (hint_words(value) & LEAD_WORDS):
        return False
    length = len(element_text(el))
    return MIN_LEAD_CHARS <= length <= MAX_LEAD_CHARS


def to_blocks(
    containers: list[Element], captions: bool = False, headline: str | None = None, base: str | None = None
) -> tuple[list[Block], str | None, frozenset[str], list[Placed]]:
    """The blocks of the story, in reading order, without furniture or repeats; the
    standfirst when the page marks one at the top of the story; the texts of paragraphs
    set as subheadings (wholly bold, short); and the story's figures, each with the text of the
    block it stands before (``figures.place_figures`` puts them in once the blocks are final).
    ``headline`` tells the story's own <h1> from the subheadings some templates set in <h1>s
    too; ``base``: the address links and pictures are read against."""
    walker = _Walker(containers, captions, headline, base)
    for container in containers:
        _drop_ruby_readings(container)
        if container.tag in _WALKED_AS_BLOCK:
            walker.visit(container)
        else:
            # The container itself is never furniture: its hints were weighed when it won.
            walker.walk(container)
            walker.flush()
    texts = [block.text for block in walker.blocks]
    figures: list[Placed] = [
        (tuple(texts[at : at + (MAX_LEAD_ANCHORS if at == 0 else 1)]), figure) for at, figure in walker.figures
    ]
    blocks = _without_pull_quotes(walker.blocks, walker.set_quotes)
    return blocks, walker.lead, frozenset(walker.bold_lines), figures


def _drop_ruby_readings(container: Element) -> None:
    """Drop the readings set above ruby text (``<ruby>子<rt>こ</rt></ruby>``): a reader sees
    them over the base text, and in line they would run into it ("子こども"). A ruby that gives
    the reading in ``<rp>`` parentheses as well spells out its own plain-text form ("弾劾（だん
    がい）"), which is kept."""
    for ruby in container.iter("ruby"):
        if next(ruby.iter("rp"), None) is None:
            etree.strip_elements(ruby, "rt", with_tail=False)


# An <h1> is the headline again when this share of its words are the headline's; one that is a
# subheading follows at least this many of the story's paragraphs (a headline follows none, or
# only a kicker and a standfirst).
HEADLINE_OVERLAP = 0.5
MIN_PARAGRAPHS_BEFORE_H1 = 2


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


# A quotation set apart repeats the story (a pull quote) when this share of its word runs
# are the story's too.
PULL_QUOTE_OVERLAP = 0.5
_WORD = re.compile(r"\w+")


def _without_pull_quotes(blocks: list[Block], quotes: list[Quote]) -> list[Block]:
    if not quotes:
        return blocks
    story = {id(q) for q in quotes}
    runs = _word_runs(" ".join(b.text for b in blocks if id(b) not in story))
    pulled = set()
    for quote in quotes:
        own = _word_runs(quote.text)
        if own and len(own & runs) >= PULL_QUOTE_OVERLAP * len(own):
            pulled.add(id(quote))
    return [b for b in blocks if id(b) not in pulled] if pulled else blocks


def _word_runs(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.casefold())
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}
