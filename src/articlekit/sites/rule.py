"""``SiteRule``: a site extractor as data — domains, detection markers, selectors per field, and
the body's containers and clean list.

Each step is a method, so a Python subclass can override one step where data cannot say it
(``read_field``, ``body_containers``, ``clean_body``, ``detects``) and keep the rest::

    @attrs.frozen
    class MySite(SiteRule):
        def read_field(self, field, root):
            ...
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs
from ..dom.tree import Element, drop

from .errors import SiteRuleError
from .selector import Selector
from .transform import FIELDS, FieldRule


def _lower_tuple(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(v.strip().lower() for v in values if v.strip())


@attrs.frozen
class Detection:
    """How a rule recognises its pages on any domain (a theme or CMS shared by many sites).

    A page is detected when its ``<meta name="generator">`` contains one of ``generator``
    (when any are given) and one of ``markers`` matches (when any are given). A rule with
    neither is never detected from the page.
    """

    generator: tuple[str, ...] = attrs.field(default=(), converter=_lower_tuple)
    markers: tuple[Selector, ...] = ()

    @property
    def enabled(self) -> bool:
        return bool(self.generator or self.markers)

    def matches(self, root: Element, generator: str) -> bool:
        if not self.enabled:
            return False
        if self.generator and not any(g in generator for g in self.generator):
            return False
        return not self.markers or any(m.select(root) for m in self.markers)


@attrs.frozen
class BodyRule:
    """The story's containers (the first selector that matches wins; all its matches are kept,
    in page order) and the nodes dropped inside them before they are walked into blocks."""

    containers: tuple[Selector, ...] = ()
    clean: tuple[Selector, ...] = ()
    unwrap: tuple[Selector, ...] = ()
    """Nodes replaced by their content inside the containers (e.g. the links a site wraps around
    whole sentences, which the block walker would otherwise take for a row of links)."""


@attrs.frozen
class SiteFields:
    """What a rule read from one page: field values, and the selector behind each."""

    values: Mapping[str, object] = attrs.field(factory=dict)
    selectors: Mapping[str, str] = attrs.field(factory=dict)


@attrs.frozen
class BodyMatch:
    """The containers a rule chose on one page, and the selector that found them."""

    containers: tuple[Element, ...] = ()
    selector: str | None = None


def _fields(value: Mapping[str, FieldRule] | Iterable[tuple[str, FieldRule]]) -> tuple[tuple[str, FieldRule], ...]:
    pairs = tuple(dict(value).items())
    unknown = sorted(name for name, _ in pairs if name not in FIELDS)
    if unknown:
        raise SiteRuleError(f"unknown field(s) {', '.join(unknown)}; a rule may name: {', '.join(sorted(FIELDS))}")
    return pairs


def _domains(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(d.strip().lower().removeprefix("www.") for d in values if d.strip())


@attrs.frozen
class SiteRule:
    """A site extractor. ``name`` appears in provenance as ``site:<name>:<selector>``.

    >>> import lxml.html
    >>> rule = SiteRule("example", ("example.com",), fields={"headline": FieldRule((Selector("h1.title"),))})
    >>> page = lxml.html.fromstring('<html><body><h1 class="title">Rates held</h1></body></html>')
    >>> rule.extract_fields(page).values["headline"]
    'Rates held'
    """

    name: str
    domains: tuple[str, ...] = attrs.field(default=(), converter=_domains)
    """Hosts served, without ``www.``; subdomains of each are served too."""
    detect: Detection = Detection()
    fields: tuple[tuple[str, FieldRule], ...] = attrs.field(default=(), converter=_fields)
    body: BodyRule = BodyRule()

    def __attrs_post_init__(self) -> None:
        if not self.name or ":" in self.name:
            raise SiteRuleError(f"site rule name {self.name!r} must be non-empty and without ':'")

    def field_rules(self) -> Mapping[str, FieldRule]:
        return dict(self.fields)

    def detects(self, root: Element, generator: str) -> bool:
        """Whether this page is one of the rule's, from the page alone (``generator`` is the
        page's generator meta, lower-cased)."""
        return self.detect.matches(root, generator)

    def read_field(self, field: str, rule: FieldRule, root: Element) -> tuple[object, str] | None:
        """One field's value and the selector that produced it; override for code-only steps."""
        found = rule.read(field, root)
        return None if found is None else (found[0], str(found[1]))

    def extract_fields(self, root: Element) -> SiteFields:
        """Every field the rule names and could read on this page."""
        values: dict[str, object] = {}
        selectors: dict[str, str] = {}
        for field, rule in self.fields:
            found = self.read_field(field, rule, root)
            if found is not None:
                values[field], selectors[field] = found
        return SiteFields(values, selectors)

    def body_containers(self, root: Element) -> BodyMatch:
        """The story's containers, or an empty match (then the generic body is used)."""
        for selector in self.body.containers:
            found = selector.select(root)
            if found:
                return BodyMatch(tuple(_outermost(found)), str(selector))
        return BodyMatch()

    def clean_body(self, containers: tuple[Element, ...]) -> None:
        """Drop the rule's ``clean`` nodes inside the containers (tail text is kept), then
        replace its ``unwrap`` nodes by their content."""
        for container in containers:
            for selector in self.body.clean:
                for el in selector.select(container):
                    # An absolute XPath ('//...') also matches outside the container: skip those.
                    if any(a is container for a in el.iterancestors()):
                        drop(el)
            for selector in self.body.unwrap:
                for el in selector.select(container):
                    if any(a is container for a in el.iterancestors()):
                        _unwrap(el)


def _unwrap(el: Element) -> None:
    """Replace ``el`` by its text and children, in place."""
    parent = el.getparent()
    if parent is None:
        return
    text = el.text or ""
    previous = el.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + text
    else:
        parent.text = (parent.text or "") + text
    index = parent.index(el)
    children = list(el)
    for offset, child in enumerate(children):
        parent.insert(index + offset, child)
    last = children[-1] if children else parent[index - 1] if index > 0 else None
    if el.tail:
        if last is not None:
            last.tail = (last.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _outermost(elements: list[Element]) -> list[Element]:
    """Matches without those nested inside another match (walking both would repeat text)."""
    chosen = set(elements)
    return [el for el in elements if not any(a in chosen for a in el.iterancestors())]
