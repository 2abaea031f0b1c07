"""Golden-file tests: every folder in tests/fixtures is one page and its expected Article."""

from __future__ import annotations

import difflib
import json
from pathlib import Path
from typing import Any

import pytest

import articlekit

FIXTURES = Path(__file__).parent / "fixtures"
CASES = sorted(p.name for p in FIXTURES.iterdir() if (p / "page.html").is_file())


def _url(case: Path) -> str | None:
    meta = case / "meta.json"
    if not meta.is_file():
        return None
    return json.loads(meta.read_text(encoding="utf-8")).get("url")


def _actual(case: Path) -> dict[str, Any]:
    article = articlekit.extract((case / "page.html").read_bytes(), url=_url(case))
    return json.loads(articlekit.serialize(article, "json"))


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _body_diff(expected: list[Any], actual: list[Any]) -> list[str]:
    """Blocks missing, extra or changed, aligned so that one stray block shows as one line."""
    want, got = [_show(b) for b in expected], [_show(b) for b in actual]
    lines = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=want, b=got, autojunk=False).get_opcodes():
        if op in ("delete", "replace"):
            lines += [f"    missing block {i}: {want[i]}" for i in range(i1, i2)]
        if op in ("insert", "replace"):
            lines += [f"    extra block {j}:   {got[j]}" for j in range(j1, j2)]
    return lines


def field_diff(expected: dict[str, Any], actual: dict[str, Any]) -> list[str]:
    """One readable entry per field whose value differs."""
    problems = []
    for name in list(expected) + [k for k in actual if k not in expected]:
        want, got = expected.get(name, "<missing>"), actual.get(name, "<missing>")
        if want == got:
            continue
        if name == "body" and isinstance(want, list) and isinstance(got, list):
            problems.append(f"  body ({len(want)} blocks expected, {len(got)} got):")
            problems.extend(_body_diff(want, got))
        elif isinstance(want, dict) and isinstance(got, dict):
            problems.append(f"  {name}:")
            for key in sorted(set(want) | set(got)):
                if want.get(key) != got.get(key):
                    problems.append(f"    {key}: expected {_show(want.get(key))}, got {_show(got.get(key))}")
        else:
            problems.append(f"  {name}:\n    expected {_show(want)}\n    got      {_show(got)}")
    return problems


def test_every_fixture_folder_is_complete() -> None:
    assert len(CASES) >= 7
    for name in CASES:
        assert (FIXTURES / name / "expected.json").is_file(), f"{name} has no expected.json"


@pytest.mark.parametrize("name", CASES)
def test_fixture(name: str, update_golden: bool) -> None:
    case = FIXTURES / name
    actual = _actual(case)
    expected_path = case / "expected.json"
    if update_golden:
        expected_path.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    problems = field_diff(expected, actual)
    if problems:
        pytest.fail(f"{name}: differs from expected.json\n" + "\n".join(problems), pytrace=False)
