"""Turning a matched element into a field value: the text or attribute, then the transform.

A transform is data on the field (``strip_prefix``, ``split``, ``date_format``, ``timezone``);
a rule that needs more overrides ``SiteRule.read_field`` in Python.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs
from ..dom.tree import Element

from ..dom.text import clean_text, element_text
from ..fields.byline import parse_byline
from ..fields.dates import parse_date
from .errors import SiteRuleError
from .selector import Selector

TEXT_FIELDS = frozenset(
    {"headline", "section", "byline", "description", "image", "site_name", "language", "canonical_url"}
)
LIST_FIELDS = frozenset({"authors", "tags"})
DATE_FIELDS = frozenset({"published", "modified"})
FIELDS = TEXT_FIELDS | LIST_FIELDS | DATE_FIELDS
"""Every field a site rule may name (the Article's fields, except the body, url and provenance)."""

# Elements never read as a field's text: a byline's <script> or a headline's <style> is markup.
_SKIP_TEXT = frozenset({"script", "style", "noscript", "template"})


def _zone(name: str | None) -> ZoneInfo | None:
    if name is None:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise SiteRuleError(f"unknown time zone {name!r}; use an IANA name such as 'Europe/Berlin'") from None


@attrs.frozen
class FieldRule:
    """How one field is read: ordered selectors (the first that yields a value wins), and the
    transform applied to what it matched.

    >>> import lxml.html
    >>> rule = FieldRule((Selector("span.by"),), strip_prefix=("By ",))
    >>> rule.read("authors", lxml.html.fromstring('<p><span class="by">By Ann Lee</span></p>'))
    (('Ann Lee',), Selector(text='span.by', attribute=None))
    """

    selectors: tuple[Selector, ...]
    strip_prefix: tuple[str, ...] = ()
    """Prefixes removed from the value (case-insensitive), e.g. "By " or "Updated:"."""
    split: str | None = None
    """For ``authors``/``tags``: split each match on this separator (otherwise authors are read
    as a printed byline, tags one per element)."""
    date_format: str | None = None
    """For dates: a ``strptime`` format; otherwise the generic date parser reads the value."""
    timezone: str | None = None
    """For dates: the IANA zone of a value that carries no offset."""
    _zone: ZoneInfo | None = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        if not self.selectors:
            raise SiteRuleError("a field rule needs at least one selector")
        object.__setattr__(self, "_zone", _zone(self.timezone))

    def read(self, field: str, root: Element) -> tuple[object, Selector] | None:
        """The field's value and the selector that produced it, or None when none matched."""
        for selector in self.selectors:
            texts = [self._text(el, selector) for el in selector.select(root)]
            texts = [t for t in texts if t]
            value = self.convert(field, texts)
            if value:
                return value, selector
        return None

    def _text(self, el: Element, selector: Selector) -> str:
        raw = el.get(selector.attribute) if selector.attribute else element_text(el, _SKIP_TEXT)
        text = clean_text(raw or "")
        for prefix in self.strip_prefix:
            if text.casefold().startswith(prefix.casefold()):
                text = text[len(prefix) :].strip()
        return text

    def convert(self, field: str, texts: list[str]) -> object:
        """The field's value from the matched texts (empty when nothing usable matched)."""
        if not texts:
            return None
        if field in LIST_FIELDS:
            return self._names(field, texts)
        if field in DATE_FIELDS:
            return next((d for d in map(self._date, texts) if d is not None), None)
        return texts[0]

    def _names(self, field: str, texts: list[str]) -> tuple[str, ...]:
        names: list[str] = []
        for text in texts:
            if self.split is not None:
                names.extend(clean_text(part) for part in text.split(self.split))
            elif field == "authors":
                names.extend(parse_byline(text) or (text,))
            else:
                names.append(text)
        return tuple(dict.fromkeys(n for n in names if n))

    def _date(self, text: str) -> datetime | date | None:
        """A datetime, or a date when the text (or the rule's ``date_format``) gives no time."""
        value: datetime | date | None
        if self.date_format is not None:
            try:
                parsed = datetime.strptime(text, self.date_format)
            except ValueError:
                return None
            value = parsed if _FORMAT_TIME.search(self.date_format) else parsed.date()
        else:
            value = parse_date(text)
        if isinstance(value, datetime) and value.tzinfo is None and self._zone is not None:
            value = value.replace(tzinfo=self._zone)
        return value


# strptime directives of a time of day: a format without one reads a calendar day only.
_FORMAT_TIME = re.compile(r"%[HIMSfpXcT]")
