"""Reading a ``SiteRule`` from TOML (``rule.toml``; ``tomllib`` on 3.11+, ``tomli`` on 3.10).

The file's shape::

    name = "example"
    domains = ["example.com"]

    [detect]                       # optional: recognise the template on any domain
    generator = ["WordPress"]
    markers = ["div#zox-site"]

    [fields.headline]
    selectors = ["h1.title", "//meta[@property='og:title']"]

    [fields.published]
    selectors = [{ select = "time.published", attribute = "datetime" }]
    timezone = "Europe/Berlin"

    [body]
    containers = ["div.article-body"]
    clean = ["aside", "div.ad"]
    unwrap = ["a"]                 # replaced by their content (links around whole sentences)
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .errors import SiteRuleError
from .rule import BodyRule, Detection, SiteRule
from .selector import Selector
from .transform import FieldRule

_TOP_KEYS = frozenset({"name", "domains", "detect", "fields", "body"})
_FIELD_KEYS = frozenset({"selectors", "attribute", "strip_prefix", "split", "date_format", "timezone"})


def load_rule(path: Path) -> SiteRule:
    """The rule in a ``rule.toml`` file; ``SiteRuleError`` names the file and the problem.

    >>> import tempfile
    >>> from pathlib import Path
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "rule.toml").write_text(
    ...     'name = "example"\\ndomains = ["example.com"]\\n'
    ...     '[fields.headline]\\nselectors = ["h1.title"]\\n')
    >>> load_rule(folder / "rule.toml").name
    'example'
    """
    if sys.version_info >= (3, 11):  # imported here: only reading a rule file needs it
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SiteRuleError(f"{path}: cannot read the rule ({exc})") from None
    try:
        return rule_from_dict(data)
    except SiteRuleError as exc:
        raise SiteRuleError(f"{path}: {exc}") from None


def rule_from_dict(data: Mapping[str, Any]) -> SiteRule:
    """A rule from the TOML file's table (see the module docstring for its shape).

    >>> rule_from_dict({"name": "x", "fields": {"headline": {"selectors": ["h1"]}}}).name
    'x'
    """
    _check_keys(data, _TOP_KEYS, "the rule")
    if "name" not in data:
        raise SiteRuleError("the rule has no 'name'")
    detect = data.get("detect", {})
    _check_keys(detect, frozenset({"generator", "markers"}), "[detect]")
    body = data.get("body", {})
    _check_keys(body, frozenset({"containers", "clean", "unwrap"}), "[body]")
    fields = {name: _field(name, spec) for name, spec in data.get("fields", {}).items()}
    return SiteRule(
        name=str(data["name"]),
        domains=tuple(_strings(data.get("domains", []), "domains")),
        detect=Detection(
            generator=tuple(_strings(detect.get("generator", []), "detect.generator")),
            markers=_selectors(detect.get("markers", []), None, "detect.markers"),
        ),
        fields=fields,
        body=BodyRule(
            containers=_selectors(body.get("containers", []), None, "body.containers"),
            clean=_selectors(body.get("clean", []), None, "body.clean"),
            unwrap=_selectors(body.get("unwrap", []), None, "body.unwrap"),
        ),
    )


def _field(name: str, spec: Any) -> FieldRule:
    where = f"[fields.{name}]"
    if not isinstance(spec, Mapping):
        raise SiteRuleError(f"{where} must be a table with 'selectors'")
    _check_keys(spec, _FIELD_KEYS, where)
    attribute = spec.get("attribute")
    try:
        return FieldRule(
            selectors=_selectors(spec.get("selectors", []), attribute, f"{where} selectors"),
            strip_prefix=tuple(_strings(spec.get("strip_prefix", []), f"{where} strip_prefix")),
            split=spec.get("split"),
            date_format=spec.get("date_format"),
            timezone=spec.get("timezone"),
        )
    except SiteRuleError as exc:
        raise SiteRuleError(f"{where}: {exc}") from None


def _selectors(values: Any, attribute: str | None, where: str) -> tuple[Selector, ...]:
    found = []
    for value in values if isinstance(values, list) else [values]:
        if isinstance(value, str):
            found.append(Selector(value, attribute))
        elif isinstance(value, Mapping) and isinstance(value.get("select"), str):
            found.append(Selector(value["select"], value.get("attribute", attribute)))
        else:
            raise SiteRuleError(f"{where}: {value!r} is neither a selector string nor {{select = ..., attribute = ...}}")
    return tuple(found)


def _strings(values: Any, where: str) -> list[str]:
    items = values if isinstance(values, list) else [values]
    if not all(isinstance(v, str) for v in items):
        raise SiteRuleError(f"{where} must be a list of strings, not {values!r}")
    return list(items)


def _check_keys(table: Any, allowed: frozenset[str], where: str) -> None:
    if not isinstance(table, Mapping):
        raise SiteRuleError(f"{where} must be a table")
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise SiteRuleError(f"{where}: unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}")
