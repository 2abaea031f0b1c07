"""Tidying the walked blocks: where the story ends, and furniture left at its edges.

The walk keeps what the container holds; these rules look at the blocks as a whole: a heading
such as "Related" or "You may also like" near the end starts what follows the story, and short
lines at either edge ("Text size", "November 20", "Breaking News") are page furniture, while the
same short lines between paragraphs are kept (they may be a subheading-like line of the story).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Block, Heading, Paragraph
from .hints import (
    AUTHOR_NOTE_VERBS,
    END_OF_STORY_HEADINGS,
    FINAL_HEADING_WORDS,
    NEWS_AGENCIES,
    NOTICE_LINE,
    PROMOTION_LINE,
    SIGN_OFF_LABELS,
    SIGN_OFF_PREFIXES,
    SIGN_OFF_SUFFIXES,
    fold,
)

# A line this short (in characters, so that it holds for scripts without spaces) and without a
# sentence's end is a label, not story text.
MAX_LABEL_CHARS = 40
_SENTENCE_END = re.compile(r"[.!?:;\"”»)…。！？」』]\s*$")
# An end-of-story heading is believed when less than this share of the text follows it: a
# "Related" box early in the page is more likely an inline aside inside a long story.
MAX_SHARE_AFTER_END = 0.5


_END_HEADINGS = frozenset(END_OF_STORY_HEADINGS)
_END_HEADING_PHRASE_OPENINGS = tuple(phrase + " " for phrase in END_OF_STORY_HEADINGS if " " in phrase)
_END_HEADING_WORD_OPENINGS = tuple(phrase + " " for phrase in END_OF_STORY_HEADINGS if " " not in phrase)


# A box's title ("Related stories", "More from the Valley Times") is a few words; a longer
# heading that opens with "more" or "popular" is the story's own ("More than 200 homes ...").
MAX_END_HEADING_CHARS = 60


def _is_end_heading(block: Block) -> bool:
    if not isinstance(block, (Heading, Paragraph)) or len(block.text) > MAX_END_HEADING_CHARS:
        return False
    folded = fold(block.text)
    if folded in _END_HEADINGS:
        return True
    if _is_sentence(block.text) and not _is_final_heading(block):
        return False  # "More on that in a follow-up post." is the story talking; "Sign up now!" is not
    if folded.startswith(_END_HEADING_PHRASE_OPENINGS):
        return True
    # One word ("Popular", "Related") may also open a sentence of the story: "Popular
    # renovations this year include:" leads into a list of the story, not into a box.
    return folded.startswith(_END_HEADING_WORD_OPENINGS) and not _is_lead_in(block.text)


# A line of this many words that ends like a sentence is one; ending in a colon, it leads
# into what follows it.
SENTENCE_WORDS = 5


def _is_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?")) and len(text.split()) >= SENTENCE_WORDS


def _is_lead_in(text: str) -> bool:
    return text.rstrip().endswith(":") and len(text.split()) >= SENTENCE_WORDS


def _is_label(block: Block) -> bool:
    if isinstance(block, Heading):
        return True
    if not isinstance(block, Paragraph):
        return False
    text = block.text.strip()
    return len(text) <= MAX_LABEL_CHARS and not _SENTENCE_END.search(text)


def cut_at_end_of_story(blocks: list[Block]) -> list[Block]:
    """Drop an end-of-story heading and everything after it, when it sits near the end; an
    inline box under such a heading ("Recommended Reading" and a few links, then the story
    goes on) loses only the heading and its links."""
    total = sum(len(b.text) for b in blocks) or 1
    seen = 0
    for index, block in enumerate(blocks):
        if index > 0 and _is_end_heading(block):
            resumes = None if _is_final_heading(block) else _story_resumes(blocks, index + 1)
            if (total - seen) / total < MAX_SHARE_AFTER_END:
                if resumes is None:
                    return blocks[:index]
                return blocks[:index] + cut_at_end_of_story(blocks[resumes:])
            if resumes is not None and isinstance(block, Heading) and fold(block.text) in _END_HEADINGS:
                # Early in the story, a box's own title ("Related Article") goes, and only the
                # title: the links under it are gone already, and what follows may be story.
                return blocks[:index] + cut_at_end_of_story(blocks[index + 1:])
        seen += len(block.text)
    return blocks


def _is_final_heading(block: Block) -> bool:
    """Whether the page never goes back to the story after this heading (``FINAL_HEADING_WORDS``)."""
    folded = fold(block.text)
    return any(word in folded for word in FINAL_HEADING_WORDS)


# Story paragraphs are long; the links of a box are short titles, its excerpts short or cut
# off. The story goes on after a box when the blocks that follow it hold this many story
# paragraphs (the story's own subheadings and short lines may stand between them).
STORY_WINDOW_BLOCKS = 8
STORY_PARAGRAPH_CHARS = 200
RESUMING_PARAGRAPHS = 2


def _story_resumes(blocks: list[Block], start: int) -> int | None:
    """Where the story goes on after a box that starts at ``start``, or None when it does not."""
    window = blocks[start : start + STORY_WINDOW_BLOCKS]
    found = [index for index, block in enumerate(window, start) if _is_story_paragraph(block)]
    if len(found) < RESUMING_PARAGRAPHS:
        return None
    first = found[0]
    # A subheading over the first story paragraph is the story's own.
    return first - 1 if first - 1 >= start and isinstance(blocks[first - 1], Heading) else first


def _is_story_paragraph(block: Block) -> bool:
    text = block.text
    return isinstance(block, Paragraph) and len(text) >= STORY_PARAGRAPH_CHARS and not text.rstrip().endswith(("...", "…"))


def trim_edges(blocks: list[Block]) -> list[Block]:
    """Drop label-like lines before the first and after the last real paragraph."""
    start, end = 0, len(blocks)
    while start < end and _is_label(blocks[start]) and not isinstance(blocks[start], Heading):
        start += 1
    while end > start and _is_label(blocks[end - 1]):
        end -= 1
    return blocks[start:end]


# "By Jane Doe", "Von Nina Weber": a byline line set among the paragraphs.
_BYLINE_LINE = re.compile(r"^(?:by|von|par|por|door|di|av|af|de)\s+\S", re.IGNORECASE)
MAX_BYLINE_LINE_CHARS = 60


def _is_byline_line(block: Block) -> bool:
    if not isinstance(block, Paragraph):
        return False
    text = block.text.strip()
    return len(text) <= MAX_BYLINE_LINE_CHARS and bool(_BYLINE_LINE.match(text)) and not _SENTENCE_END.search(text)


def drop_byline_lines(blocks: list[Block]) -> list[Block]:
    """Leave out byline lines wherever the template set them among the paragraphs."""
    return [b for b in blocks if not _is_byline_line(b)]


# A paragraph that is only a date and time ("Freitag, 28.04.2023, 19:25", "23. 12. 2024 13:31"):
# the stamp of the story or of a teaser card, never a sentence of the story.
_DATE_STAMP = re.compile(
    r"^(?:[^\W\d_]{2,12}\.?,?\s+)?"  # a weekday: "Freitag, ", "Do "
    r"(?:\d{1,2}\.?\s*([./\-])\s*\d{1,2}\.?\s*\1\s*\d{2,4}|\d{4}([./\-])\d{1,2}\2\d{1,2})"  # 28.04.2023, 2024-05-03
    r"(?:[\s,|\-–]+\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm))?)?$",  # a time: "19:25", "- 14:07 Uhr"
    re.IGNORECASE,
)
# "Updated at 1:23 p.m.", "Published 3 May 2024": the template's time line, set among the paragraphs.
_TIME_LINE_LABEL = re.compile(
    r"^(?:last\s+)?(?:updated|published|posted|aktualisiert|veröffentlicht|mis à jour|publié|uppdaterad|"
    r"publicerad|oppdatert|publisert|opdateret|udgivet|gepubliceerd|bijgewerkt|pubblicato|aggiornato|"
    r"publicado|actualizado)\b\s*:?",
    re.IGNORECASE,
)
# The words a time line may hold besides numbers: months, weekdays, "am", zones, "ago", and the
# update and reading time that often share its line ("Published Aug 28, 2024 • Last updated 1
# hour ago • 4 minute read").
_TIME_WORDS = frozenset(
    """
    jan january feb february mar march apr april may jun june jul july aug august sep sept
    september oct october nov november dec december januar februar märz mai juni juli oktober
    dezember janvier février mars avril juin juillet août septembre octobre novembre décembre
    mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun
    sunday montag dienstag mittwoch donnerstag freitag samstag sonntag am pm a m p uhr h
    et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest mez mesz at on um le à
    ago min mins minute minutes hour hours day days read last updated
    """.split()
)
_WORDS = re.compile(r"[^\W\d_]+")


def _is_time_line(text: str) -> bool:
    label = _TIME_LINE_LABEL.match(text)
    if label is None:
        return False
    rest = text[label.end():]
    return any(c.isdigit() for c in rest) and all(w in _TIME_WORDS for w in _WORDS.findall(rest.casefold()))


# "4 minute read", "3 min read", "Lesezeit: 4 Minuten": the reading-time label of the template.
_READING_TIME = re.compile(r"^(?:\d+\s*(?:minutes?|mins?)\.?\s+read|lesezeit\b.{0,20}|temps de lecture\b.{0,20})$", re.IGNORECASE)
# A reading-time label anywhere in a stamp-sized line, glued to the date before it ("15.04.2026 -
# 15:48 UhrLesedauer: 2 Min."), or alone ("Reading time").
_READING_TIME_LABEL = re.compile(
    r"(?:lesedauer|lesezeit|reading time|temps de lecture|tiempo de lectura|leestijd|lesetid|läsetid)"
    r"\s*:?\s*(?:\d+\s*min\w*\.?)?$",
    re.IGNORECASE,
)
# A picture's caption set as a paragraph ends with the credit: "... Foto: Efrem Lukatsky/AP".
_TRAILING_CREDIT = re.compile(
    r"(?:[.!?)”\"]\s+(?:foto|fotos|photo|photos|bild|bildrechte|bildquelle|kuva|image|credit|photograph|zdjęcie)"
    r"\s*:\s*[^.!?:|\n\d$€£]{1,80}"
    r"|\((?:(?:image|photo|picture)\s+)?(?:credit|foto|photo|bild|image|picture|pic)s?\s*:\s*[^()\n]{1,80}\))$",  # "(Image: X)"
    re.IGNORECASE,
)
# A caption whose credit is a copyright sign: "Das Pflegeheim in Nußdorf-Debant © Gemeinde
# Nußdorf-Debant". Words come before the sign, a short credit without a sentence after it.
_COPYRIGHT_CREDIT = re.compile(r"\w[\W]{0,3}\s©\s*[^.!?©\n]{2,60}$")
# Captions are a sentence or two; a longer paragraph ending in a credit is story text.
MAX_CAPTION_CHARS = 400


# "Quelle: AFP", "(Source: company filings)", "（责编：...）": a source or an editor's credit on a line of its own.
_SOURCE_LINE = re.compile(
    r"^[(（]?(?:quelle|quellen|source|sources|fuente|fonte|bron|källa|责编|编辑)\s*[:：]\s*\S.{0,50}$", re.IGNORECASE
)


def _is_stamp(text: str) -> bool:
    return bool(
        _DATE_STAMP.match(text) or _READING_TIME.match(text) or _READING_TIME_LABEL.search(text) or _is_time_line(text)
    )


# The template's row of story facts, set apart by bars or bullets: "Do 25.04.24 | 14:07 Uhr |
# Von Eva Kirchner-Rätsch", "June 3, 2024 • By Ana Lima • 4 min read". Every part is a stamp, a
# time or a byline; a sentence with a bar in it has other parts.
_ROW_SEPARATOR = re.compile(r"\s+[|•·]\s+|\s*\|\s*")
_CLOCK_TIME = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.))?$", re.IGNORECASE)


def _is_stamp_row(text: str) -> bool:
    if "|" not in text and "•" not in text and "·" not in text:
        return False
    parts = [part.strip() for part in _ROW_SEPARATOR.split(text)]
    return len(parts) > 1 and all(
        part and (_is_stamp(part) or _CLOCK_TIME.match(part) or _BYLINE_LINE.match(part) or _MONTH_DATE.match(part))
        for part in parts
    )


# A date written with its month's name ("June 3, 2024", "3. Mai 2024", "Mar 5"), alone in a row's part.
_MONTH_DATE = re.compile(
    r"^(?:[^\W\d_]{2,12},?\s+)?(?:\d{1,2}\.?\s+[^\W\d_]{3,12}\.?(?:\s+\d{4})?|[^\W\d_]{3,12}\.?\s+\d{1,2},?(?:\s+\d{4})?)$"
)


# A news agency's name alone on a line, perhaps with the editor's initials: "AFP", "SDA/sep",
# "(dpa)", "AFP/dpa".
_AGENCY_LINE = re.compile(
    r"^\(?(?:%s)(?:\s*[/,]\s*[a-z]{1,6})*\)?\.?$" % "|".join(NEWS_AGENCIES), re.IGNORECASE
)


# A template's marker that was never filled in ("$$ARTICLEAD$$", "{{ad_slot}}", "[[related]]"):
# where the page's scripts put an ad or a box.
_PLACEHOLDER = re.compile(r"^(?:\$\$|\{\{|\[\[|%%)\s*[\w.-]{1,40}\s*(?:\$\$|\}\}|\]\]|%%)$")


def is_furniture_line(block: Block) -> bool:
    """A paragraph that is a date stamp, a reading-time label, a picture's caption, a source
    line, a promotion ("Follow us on Google News") or a template's unfilled marker; or a
    gallery's lines, each of them a caption with its credit or the picture counter ("1/3")."""
    if not isinstance(block, Paragraph):
        return False
    text = block.text.strip()
    if "\n" in text and all(_GALLERY_COUNTER.match(line) or _is_furniture_text(line.strip()) for line in text.split("\n")):
        return True
    return _is_furniture_text(text)


def _is_furniture_text(text: str) -> bool:
    if len(text) > MAX_CAPTION_CHARS:
        return False
    if len(text) <= MAX_STAMP_CHARS and (_is_stamp(text) or _is_stamp_row(text)):
        return True
    if _SOURCE_LINE.match(text) or _PLACEHOLDER.match(text) or _AGENCY_LINE.match(text):
        return True
    if len(text) <= MAX_PROMOTION_CHARS and _may_promote(text) and PROMOTION_LINE.search(fold(text)) is not None:
        return True
    if len(text) <= MAX_PROMOTION_CHARS and NOTICE_LINE.search(text.lower()) is not None:
        return True
    tail = text[-MAX_CREDIT_CHARS:]  # the credit is at the end: the regex need not scan the rest
    if "©" in tail and _COPYRIGHT_CREDIT.search(tail) is not None:
        return True
    return ":" in tail and _TRAILING_CREDIT.search(tail) is not None


def _may_promote(text: str) -> bool:
    """A cheap first test for ``PROMOTION_LINE``: the words every promotion it knows holds."""
    lowered = text.lower()
    return "follow" in lowered or "google" in lowered or "sign" in lowered or "touch" in lowered or "news team" in lowered


# A gallery's picture counter ("1/3", "12 / 20") on a line of its own, among its captions.
_GALLERY_COUNTER = re.compile(r"^\s*\d{1,3}\s*/\s*\d{1,3}\s*$")
# The longest date stamp, time line or reading-time label: "Published Aug 28, 2024 • Last updated
# 1 hour ago • 4 minute read".
MAX_STAMP_CHARS = 80
# A promotion is a sentence or two; a longer paragraph that mentions a newsletter is story text.
MAX_PROMOTION_CHARS = 250
# A credit with the sentence end before it: ". Photo: " and a name or agency of up to 80.
MAX_CREDIT_CHARS = 110


def drop_furniture_lines(blocks: list[Block]) -> list[Block]:
    """Leave out date stamps, reading-time labels and captions wherever they sit."""
    return [b for b in blocks if not is_furniture_line(b)]


# Credit lines close a story: the last few blocks are looked at, and a line that long is a paragraph.
SIGN_OFF_BLOCKS = 3
MAX_SIGN_OFF_CHARS = 300


def drop_sign_off(blocks: list[Block], authors: Sequence[str] = ()) -> list[Block]:
    """Leave out the credit lines among the story's last blocks ("Reporting by ...", "First
    published in ...", "... contributed to this report"), and the note on who wrote it ("Jane
    Roe is a senior researcher at ...", named as one of ``authors``)."""
    start = max(len(blocks) - SIGN_OFF_BLOCKS, 0)
    openings = _author_note_openings(authors)
    kept = blocks[:start]
    kept += [b for b in blocks[start:] if not _is_sign_off(b) and not _is_author_note(b, openings)]
    return kept


# An author's note is a few sentences; a story paragraph that opens with the author's name
# (a column that begins "Jane Roe is tired of ...") is not among the last blocks this short.
MAX_AUTHOR_NOTE_CHARS = 600


def _author_note_openings(authors: Sequence[str]) -> tuple[str, ...]:
    # A full name only: "Roe is ..." alone could be the story's subject.
    return tuple(f"{name} {verb} " for name in authors if " " in name.strip() for verb in AUTHOR_NOTE_VERBS)


def _is_author_note(block: Block, openings: tuple[str, ...]) -> bool:
    return (
        bool(openings)
        and isinstance(block, Paragraph)
        and len(block.text) <= MAX_AUTHOR_NOTE_CHARS
        and block.text.startswith(openings)
    )


def _is_sign_off(block: Block) -> bool:
    if not isinstance(block, Paragraph) or len(block.text) > MAX_SIGN_OFF_CHARS:
        return False
    if block.text.lstrip("–— ").casefold().startswith(SIGN_OFF_LABELS):
        return True
    folded = fold(block.text).lstrip("–— ")  # "— AP writer X contributed to this report."
    return folded.startswith(SIGN_OFF_PREFIXES) or folded.endswith(SIGN_OFF_SUFFIXES)


def tidy(blocks: list[Block], authors: Sequence[str] = ()) -> list[Block]:
    """The blocks with the story's end found, byline, furniture, credit lines and the note on
    its ``authors`` dropped and its edges trimmed."""
    blocks = drop_furniture_lines(drop_byline_lines(cut_at_end_of_story(blocks)))
    return trim_edges(drop_sign_off(blocks, authors))
