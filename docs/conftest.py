"""Run the ``>>>`` examples of the docs' Markdown pages as tests, in the normal pytest run.

Each ```` ```pycon ```` or ```` ```python ```` fence holding ``>>>`` lines is one doctest; the
fences of one page share their names, in page order, and run from the repository's top folder
(the examples read ``examples/news-page.html``). Fences without ``>>>`` are not run.
"""

from __future__ import annotations

import doctest
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

DOCS = Path(__file__).resolve().parent
REPO = DOCS.parent
FENCE = re.compile(r"^```(?:pycon|python)[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE

collect_ignore = ["conf.py", "check_html.py", "__init__.py"]
collect_ignore_glob = ["_ext/*", "_build/*", "_generated/*"]


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if file_path.suffix == ".md" and file_path.parent == DOCS and file_path.name != "README.md":
        return MarkdownFile.from_parent(parent, path=file_path)
    return None


class MarkdownFile(pytest.File):
    def collect(self) -> Iterator[pytest.Item]:
        text = self.path.read_text(encoding="utf-8")
        names: dict[str, Any] = {"__name__": f"docs.{self.path.stem}"}
        parser = doctest.DocTestParser()
        for match in FENCE.finditer(text):
            if ">>>" not in match.group(1):
                continue
            line = text.count("\n", 0, match.start()) + 2
            test = parser.get_doctest(match.group(1), names, f"{self.path.name}:{line}",
                                      str(self.path), line - 1)
            test.globs = names  # DocTest copies the names it is given: share them again
            yield MarkdownExample.from_parent(self, name=f"line {line}", test=test)


class MarkdownExample(pytest.Item):
    def __init__(self, *, test: doctest.DocTest, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.test = test

    def runtest(self) -> None:
        report: list[str] = []
        runner = doctest.DocTestRunner(optionflags=FLAGS)
        here = os.getcwd()
        os.chdir(REPO)
        try:
            result = runner.run(self.test, out=report.append, clear_globs=False)
        finally:
            os.chdir(here)
        if result.failed:
            raise ExampleFailed("".join(report))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, ExampleFailed):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, self.test.lineno or 0, self.name


class ExampleFailed(Exception):
    """A docs example printed something else than the page says."""
