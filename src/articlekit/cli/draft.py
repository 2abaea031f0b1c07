"""The rule ``articlekit site new`` drafts from several pages of a site.

For each field, the element holding the generic extractor's value (or the value the user gave
with ``--expect``) is looked up on every page, stable selectors are proposed for it
(``scaffold.candidates``), and the one that matches on the most pages wins (``scaffold.choose``).
A selector is written as a rule only when it matched on every page (exactly one node for a
single-valued field) and either the user asked for the field (``--expect``, ``--keep``) or it
does not change the field: a rule giving the generic value adds nothing, so such a field gets a
comment instead (with the checked selector, for the day the generic extractor gets it wrong), and
a rule giving another value would override what the generic extractor got right.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import attrs

from ..dom.decode import decode
from ..dom.parse import parse
from ..dom.tree import Element
from ..model import Article
from ..options import Options
from ..pipeline import extract
from ..sites.loader import rule_from_dict
from ..sites.registry import Registry
from ..sites.transform import LIST_FIELDS
from .scaffold import Candidate, Choice, candidates, choose, locate_container, locate_day, locate_text

# Fields drafted by ``site new`` in this order (the rule file reads like the page).
DRAFT_FIELDS = ("headline", "section", "byline", "authors", "published")
BODY = "body"
# Author names looked up per page (each name's elements are the nodes an authors selector may take).
MAX_AUTHORS = 6


@attrs.frozen
class Page:
    """One page given to ``site new``, with what the generic extractor made of it."""

    path: Path
    html: bytes
    url: str
    root: Element
    generic: Article


def read_page(path: Path, url: str) -> Page:
    html = path.read_bytes()
    generic = extract(html, url=url, options=Options(site_extractors=False))
    return Page(path, html, url, parse(decode(html).text), generic)


@attrs.frozen
class FieldDraft:
    """What was decided for one field (or the body): the selector checked on the pages, on how
    many it matched, on how many the rule's value equals the generic one, and whether it is
    written as a rule (``active``) or only as a comment."""

    field: str
    candidate: Candidate | None
    pages: int
    matched: int = 0
    same: int = 0
    active: bool = False
    note: str = ""


def _target(field: str, page: Page, expected: str | None) -> tuple[list[Element], str | None]:
    """The elements of the page showing the field's value (the generic one, or ``expected``)."""
    article = page.generic
    if field == "published" and expected is None:
        day = article.published_day
        return ([], None) if day is None else locate_day(page.root, day.isoformat())
    if field == "authors" and expected is None:
        shown: list[Element] = []
        for name in article.authors[:MAX_AUTHORS]:
            shown += [el for el in locate_text(page.root, name)[0] if el.tag != "meta"]
        return shown, None
    value = expected if expected is not None else getattr(article, field)
    return locate_text(page.root, value) if isinstance(value, str) and value else ([], None)


def _rule(name: str, domain: str, field: str, candidate: Candidate) -> Registry:
    if field == BODY:
        data: dict[str, object] = {"body": {"containers": [candidate.selector]}}
    else:
        spec: dict[str, object] = {"selectors": [candidate.selector]}
        if candidate.attribute:
            spec["attribute"] = candidate.attribute
        data = {"fields": {field: spec}}
    registry = Registry()
    registry.register(rule_from_dict({"name": name, "domains": [domain], **data}))
    return registry


def _value(article: Article, field: str) -> object:
    return article.body if field == BODY else getattr(article, field)


def _same_pages(name: str, domain: str, field: str, candidate: Candidate, pages: Sequence[Page]) -> list[bool]:
    """Per page, whether the rule with this one selector leaves the field as the generic extractor had it."""
    options = Options(registry=_rule(name, domain, field, candidate))
    return [_value(extract(p.html, url=p.url, options=options), field) == _value(p.generic, field) for p in pages]


def _unlocated(field: str, generic: Article, expected: str | None) -> str:
    if expected is not None:
        return f"no element of the first page shows {expected!r}; not drafted"
    if field != BODY and not _value(generic, field):
        return f"the generic extractor found none; --expect {field}=VALUE drafts a selector for the element showing it"
    if field == BODY:
        return "no element holds both the first and the last paragraph of the generic body"
    return f"read by the generic extractor from {generic.provenance.get(field, 'none')}; no visible element holds its value"


def draft_field(
    name: str, domain: str, field: str, pages: Sequence[Page], expected: str | None = None, keep: bool = False
) -> FieldDraft:
    """Decide one field (or ``"body"``) on all the pages."""
    n = len(pages)
    located: list[tuple[list[Element], str | None]]
    if field == BODY:
        containers = [locate_container(p.root, p.generic.paragraphs) for p in pages]
        located = [([c] if c is not None else [], None) for c in containers]
    else:
        located = [_target(field, p, expected if i == 0 else None) for i, p in enumerate(pages)]
    if not any(shown for shown, _ in located):
        return FieldDraft(field, None, n, note=_unlocated(field, pages[0].generic, expected))
    found = list(dict.fromkeys(c for shown, attribute in located for el in shown for c in candidates(el, attribute)))
    single = field not in LIST_FIELDS
    choice: Choice = choose(found, [p.root for p in pages], [shown for shown, _ in located], single)
    candidate = choice.candidate
    if candidate is None or choice.matched < n or choice.hits == 0:
        what = "exactly one node" if single else "a node"
        best = f" (best: {candidate.selector} on {choice.matched}/{n})" if candidate is not None and choice.matched else ""
        return FieldDraft(field, candidate, n, max(choice.matched, 0),
                          note=f"no stable selector matched {what} on all {n} page(s){best}; not drafted")
    same = _same_pages(name, domain, field, candidate, pages)
    differ = [str(i + 1) for i, ok in enumerate(same) if not ok]
    base = FieldDraft(field, candidate, n, choice.matched, sum(same))
    if expected is not None or keep:
        why = "--expect" if expected is not None else "--keep"
        changed = f"; it changes the generic value on page(s) {', '.join(differ)}" if differ else ""
        return attrs.evolve(base, active=True, note=f"drafted ({why}): matched on {n}/{n} page(s){changed}")
    if not differ:
        return attrs.evolve(base, note=f"the generic extractor handles it (same value on {n}/{n} page(s)); not drafted")
    return attrs.evolve(
        base,
        note=f"would change the generic value on page(s) {', '.join(differ)}; not drafted (--keep {field} drafts it)",
    )


def _toml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def _selector_lines(draft: FieldDraft, key: str) -> list[str]:
    assert draft.candidate is not None
    lines = [f"{key} = [{_toml_string(draft.candidate.selector)}]"]
    if draft.candidate.attribute:
        lines.append(f"attribute = {_toml_string(draft.candidate.attribute)}")
    return lines


def _field_section(draft: FieldDraft, generic: Article) -> list[str]:
    key = "containers" if draft.field == BODY else "selectors"
    header = "[body]" if draft.field == BODY else f"[fields.{draft.field}]"
    if draft.active:
        shown = " ".join(str(_value(generic, draft.field)).split())
        value = "" if draft.field == BODY else f"; generic value on page 1: {shown:.70}"
        lines = ["", header, f"# {draft.note}{value}", *_selector_lines(draft, key)]
        return lines + (["clean = []"] if draft.field == BODY else [])
    lines = ["", f"# {draft.field}: {draft.note}"]
    if draft.candidate is not None and draft.matched == draft.pages:
        checked = f"matched on {draft.matched}/{draft.pages} page(s)"
        lines += [f"# checked, if it is ever needed ({checked}):", f"# {header}"]
        lines += [f"# {line}" for line in _selector_lines(draft, key)]
    return lines


def draft_rule(
    name: str, domain: str, pages: Sequence[Page], expected: Mapping[str, str], keep: frozenset[str]
) -> tuple[str, list[FieldDraft]]:
    """The text of a ``rule.toml``, and the decision taken for each field and the body."""
    drafts = [draft_field(name, domain, f, pages, expected.get(f), f in keep) for f in (*DRAFT_FIELDS, BODY)]
    files = " ".join(p.path.name for p in pages)
    lines = [
        f"# Drafted by 'articlekit site new' from {len(pages)} page(s): {files}.",
        "# A field is written only when its selector matched on every page and you asked for it",
        "# (--expect, --keep): the others are comments. Check the rule on more pages with",
        f"# 'articlekit site check {domain} PAGE.html... --rule rule.toml'.",
        f"name = {_toml_string(name)}",
        f"domains = [{_toml_string(domain)}]",
    ]
    for draft in drafts:
        lines += _field_section(draft, pages[0].generic)
    return "\n".join(lines) + "\n", drafts


def report_line(draft: FieldDraft) -> str:
    """One line of ``site new``'s report for a field."""
    shown = draft.candidate is not None and draft.matched > 0
    selector = draft.candidate.selector if draft.candidate is not None and shown else "-"
    if draft.candidate is not None and shown and draft.candidate.attribute:
        selector += f"@{draft.candidate.attribute}"
    state = "DRAFTED" if draft.active else "comment"
    return f"  {draft.field:<10} {state:<8} {selector:<40} {draft.matched}/{draft.pages} pages: {draft.note}"
