"""Every built-in site rule against its fixtures: ``sites/builtin/<name>/fixture*.html`` and the
golden ``expected*.json`` beside it (``fixture-2.html`` pairs with ``expected-2.json``).

``--update-golden`` rewrites the golden files from today's output; read the diff before
committing it. The page's URL is the golden file's ``url``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import articlekit
from articlekit import Options
from articlekit.sites import DEFAULT_REGISTRY, load_rule

BUILTIN = Path(articlekit.__file__).parent / "sites" / "builtin"
RULE_DIRS = sorted(d for d in BUILTIN.iterdir() if (d / "rule.toml").is_file())
CASES = [
    pytest.param(fixture, id=f"{d.name}/{fixture.name}") for d in RULE_DIRS for fixture in sorted(d.glob("fixture*.html"))
]
# Fields compared between the rule's output and the generic one: everything the reader sees.
COMPARED = ("headline", "section", "byline", "authors", "published", "modified", "body", "description")


def _expected_path(fixture: Path) -> Path:
    return fixture.with_name(fixture.name.replace("fixture", "expected", 1).replace(".html", ".json"))


def _url(fixture: Path) -> str | None:
    path = _expected_path(fixture)
    if not path.is_file():
        return None
    url = json.loads(path.read_text(encoding="utf-8")).get("url")
    return str(url) if url else None


def _extract(fixture: Path, url: str | None, options: Options = Options()) -> dict[str, Any]:
    article = articlekit.extract(fixture.read_bytes(), url=url, options=options)
    return dict(json.loads(articlekit.serialize(article, "json")))


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)[:200]


def _differences(expected: dict[str, Any], actual: dict[str, Any], fields: tuple[str, ...] | None = None) -> list[str]:
    names = fields or tuple(dict.fromkeys([*expected, *actual]))
    problems = []
    for name in names:
        want, got = expected.get(name), actual.get(name)
        if want == got:
            continue
        if name == "body" and isinstance(want, list) and isinstance(got, list):
            i = next((i for i, (a, b) in enumerate(zip(want, got)) if a != b), min(len(want), len(got)))
            first = _show(want[i]) if i < len(want) else "<end>"
            other = _show(got[i]) if i < len(got) else "<end>"
            problems.append(f"body ({len(want)} blocks expected, {len(got)} got), block {i}: expected {first}, got {other}")
        else:
            problems.append(f"{name}: expected {_show(want)}, got {_show(got)}")
    return problems


def test_every_rule_dir_has_a_fixture_and_golden() -> None:
    for directory in RULE_DIRS:
        fixtures = sorted(directory.glob("fixture*.html"))
        assert fixtures, f"{directory.name}: write a fixture.html (see docs/sites.md)"
        for fixture in fixtures:
            assert _expected_path(fixture).is_file(), f"{fixture}: no {_expected_path(fixture).name}"
        assert DEFAULT_REGISTRY.get(load_rule(directory / "rule.toml").name) is not None


@pytest.mark.parametrize("fixture", CASES)
def test_fixture_matches_golden(fixture: Path, update_golden: bool) -> None:
    url = _url(fixture)
    actual = _extract(fixture, url)
    rule = fixture.parent.name
    used = [f for f, source in actual["provenance"].items() if source.startswith(f"site:{rule}:")]
    assert used, f"{fixture}: the {rule!r} rule was not applied (check its domains or detection markers)"
    path = _expected_path(fixture)
    if update_golden:
        path.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return
    problems = _differences(json.loads(path.read_text(encoding="utf-8")), actual)
    if problems:
        pytest.fail(f"{fixture}: differs from {path.name}:\n  " + "\n  ".join(problems), pytrace=False)


@pytest.mark.parametrize("fixture", CASES)
def test_rule_earns_its_place(fixture: Path) -> None:
    """The generic extractor alone must get at least one field of the fixture wrong."""
    url = _url(fixture)
    expected = json.loads(_expected_path(fixture).read_text(encoding="utf-8"))
    generic = _extract(fixture, url, Options(site_extractors=False))
    wrong = _differences(expected, generic, COMPARED)
    assert wrong, f"{fixture}: the generic extractor already gets every field right; the rule adds nothing"
    print(f"{fixture.parent.name}: generic gets wrong: " + "; ".join(wrong))
