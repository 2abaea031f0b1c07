"""``import articlekit`` loads the value types only: the extraction machinery, lxml, the site
rules and the serializers wait for their first use (``articlekit._lazy``). Each check runs in a
fresh interpreter, since this test process has imported everything already."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = str(Path(__file__).resolve().parent.parent / "src")

# Subsystems ``import articlekit`` must leave unloaded (a name stands for its submodules too).
HEAVY = (
    "articlekit.pipeline",
    "articlekit.body",
    "articlekit.dom",
    "articlekit.fields",
    "articlekit.sources",
    "articlekit.sites.loader",
    "articlekit.sites.rule",
    "articlekit.sites.transform",
    "articlekit.serialize.json",
    "articlekit.serialize.html",
    "articlekit.serialize.markdown",
    "articlekit.cli",
    "articlekit.batch",
    "lxml",
    "tomllib",
    "importlib.metadata",
    "pathlib",
)


def modules_after(code: str) -> set[str]:
    """The modules loaded after running ``code`` in a fresh interpreter."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (SRC, os.environ.get("PYTHONPATH")) if p)}
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    return set(json.loads(result.stdout.splitlines()[-1]))


def loaded(modules: set[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


def test_import_leaves_heavy_subsystems_unloaded() -> None:
    modules = modules_after("import articlekit")
    assert [name for name in HEAVY if loaded(modules, name)] == []


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("from articlekit import extract; assert extract is __import__('articlekit.pipeline').pipeline.extract",
         "articlekit.pipeline"),
        ("import articlekit; articlekit.from_json('{\"headline\": \"Rates held\"}')", "articlekit.serialize.json"),
        ("import articlekit; articlekit.serialize(articlekit.Article(headline='x'), 'markdown')",
         "articlekit.serialize.markdown"),
        ("from articlekit.sites import SiteRule", "articlekit.sites.rule"),
    ],
)
def test_first_use_imports_what_it_needs(code: str, expected: str) -> None:
    assert expected in modules_after(code)


def test_lazy_names_are_listed_and_unknown_names_still_fail() -> None:
    modules_after(
        "import articlekit, articlekit.sites\n"
        "assert {'extract', 'from_json', 'serialize'} <= set(dir(articlekit))\n"
        "assert 'load_rule' in dir(articlekit.sites)\n"
        "assert callable(articlekit.serialize)\n"
        "try:\n    articlekit.no_such_name\nexcept AttributeError:\n    pass\nelse:\n    raise SystemExit(1)"
    )


def test_serialize_stays_the_function_after_its_subpackage_is_used() -> None:
    # ``articlekit.serialize`` is both a function and a subpackage: importing the subpackage's
    # modules must not replace the function.
    modules_after(
        "import articlekit, articlekit.serialize.json, articlekit.serialize.html\n"
        "articlekit.extract(b'<html><body><h1>Headline of the story</h1></body></html>')\n"
        "assert articlekit.serialize(articlekit.Article(headline='x'), 'text') == 'x\\n'"
    )
