"""The site step of the pipeline: find the page's rule, lay its fields over the generic ones.

Provenance of a field a rule produced is ``site:<rule name>:<selector>`` (the selector as the
rule writes it, ``@attribute`` appended when one is read). ``source.split(":", 2)`` gives the
three parts back; the selector may itself contain colons.
"""

from __future__ import annotations

from datetime import date, datetime

import attrs
from ..dom.tree import Element

from ..fields.byline import parse_byline
from ..fields.dates import has_time_of_day
from ..fields.merge import Fields
from ..sources.candidate import Candidates
from .registry import Registry, host_of
from .rule import SiteRule
from .transform import DATE_FIELDS


def site_source(rule: SiteRule, selector: str) -> str:
    """The provenance of a value a rule read.

    >>> site_source(SiteRule("bbc"), "h1#main-heading")
    'site:bbc:h1#main-heading'
    """
    return f"site:{rule.name}:{selector}"


def find_rule(registry: Registry, url: str | None, candidates: Candidates, root: Element) -> SiteRule | None:
    """The page's rule: by the input URL's host, else by the page's canonical URL, else by
    detection from the page; None when no rule applies."""
    host = host_of(url)
    if host is None:
        canonical = candidates.texts("canonical_url")
        host = host_of(canonical[0][0]) if canonical else None
    return registry.lookup(host, root)


def overlay(fields: Fields, rule: SiteRule, root: Element) -> Fields:
    """The generic fields with every field the rule could read replaced by the rule's value.
    Run before the body step, which prunes the tree."""
    found = rule.extract_fields(root)
    values = dict(found.values)
    for field in DATE_FIELDS:
        if _generic_date_is_finer(values.get(field), getattr(fields, field)):
            del values[field]
    provenance = dict(fields.provenance)
    for field, selector in found.selectors.items():
        if field in values:
            provenance[field] = site_source(rule, selector)
    authors = values.get("authors")
    if isinstance(authors, tuple) and "byline" not in values:
        # The printed byline stays when it names the rule's authors; else it is rebuilt from them.
        printed = fields.byline or ""
        if not all(name in printed for name in authors):
            values["byline"] = ", ".join(authors)
            provenance["byline"] = provenance["authors"]
    byline = values.get("byline")
    if isinstance(byline, str) and "authors" not in values:
        names = parse_byline(byline)
        if names:
            values["authors"] = names
            provenance["authors"] = provenance["byline"]
    return attrs.evolve(fields, **values, provenance=provenance)  # type: ignore[arg-type]


def _generic_date_is_finer(site: object, generic: datetime | date | None) -> bool:
    """A rule's bare date (or zone-less time) yields to the generic value of the same day that
    says more: a theme often prints the day only where the metadata holds the full instant."""
    if not isinstance(generic, datetime):
        return False
    if isinstance(site, date) and not isinstance(site, datetime):
        return generic.date() == site
    if not isinstance(site, datetime) or site.tzinfo is not None:
        return False
    if not has_time_of_day(site):
        return generic.date() == site.date()
    return generic.tzinfo is not None and generic.replace(tzinfo=None, second=0) == site.replace(second=0)
