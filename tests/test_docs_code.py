"""Every code block a user would copy from README.md and docs/*.md runs, as written.

- ```` ```python ```` blocks without ``>>>`` run as scripts (``python block.py``); blocks with
  ``>>>`` are doctests, run by ``docs/conftest.py`` (docs pages) or here (README.md).
- ```` ```sh ```` blocks run with ``bash -e``: ``articlekit``, ``python`` and ``.venv/bin/...``
  are this test's interpreter and the articlekit under test (``src/``, via ``PYTHONPATH``).
  The set-up steps of a line (``python3 -m venv``, ``pip install``) are not run (they need the
  network; this environment is the one they make): the extras they name must exist.

Each block runs in a fresh folder holding what the docs' commands name: the repository's
``examples/``, and placeholder inputs made from ``examples/news-page.html`` (``page.html``,
``pages/``, ``a.html``, ``b.html.gz``, ``crawl.warc.gz``, ``inputs.txt``,
``sites/example_com/rule.toml``...; see ``sandbox``).

Skipped, with the reason shown by ``pytest -ra``: a block that fetches (``curl``, ``wget``);
the Spark example where Java or pyspark is absent; the README's test and docs commands, which
``.ci/run`` runs as written (checked here); and a block right after a
``<!-- not run: REASON -->`` comment, the marker for a block that is not meant to run as it is
(a measurement of many minutes, a TOML excerpt...). Only ``python`` and ``sh`` fences are run:
``pycon`` fences are doctests, ``text``, ``json`` and ``toml`` ones are output or excerpts.
"""

from __future__ import annotations

import gzip
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

try:
    import tomllib
except ImportError:  # Python 3.10
    import tomli as tomllib

REPO = Path(__file__).resolve().parent.parent
PAGES = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
EXAMPLE = REPO / "examples" / "news-page.html"
FENCE = re.compile(r"^```([\w-]*)[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
NOT_RUN = re.compile(r"<!--\s*not run:\s*((?:(?!-->).)*?)\s*-->\s*\Z", re.DOTALL)
RUN_LANGUAGES = ("python", "sh")
SETUP_STEP = re.compile(r"^(python3? -m venv |(\S*/)?pip install )")
EXTRAS = re.compile(r"\.\[([\w,-]+)\]")
# Commands CI runs itself, as written (.ci/run): running them here would run the tests inside
# the tests, or build the docs (half a minute).
RUN_BY_CI = ("-m pytest", "sphinx-build")
TIMEOUT = 60

RULE = """\
name = "example"
domains = ["example.com"]

[fields.headline]
selectors = ["h1.entry-title"]

[fields.published]
selectors = [{ select = "time.entry-date.published", attribute = "datetime" }]

[body]
containers = ["div.entry-content"]
"""


class Block(NamedTuple):
    page: Path
    line: int
    language: str
    code: str
    not_run: str | None


def blocks() -> list[Block]:
    found = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for match in FENCE.finditer(text):
            language = match.group(1)
            if language not in RUN_LANGUAGES:
                continue
            marker = NOT_RUN.search(text, 0, match.start())
            found.append(Block(page, text.count("\n", 0, match.start()) + 1, language, match.group(2),
                               marker.group(1) if marker else None))
    return found


def _id(block: Block) -> str:
    return f"{block.page.relative_to(REPO)}:{block.line}"


@pytest.fixture
def sandbox(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    """A folder with the files the docs' commands name, and a ``.venv/bin`` of this interpreter."""
    page = EXAMPLE.read_bytes()
    shutil.copytree(REPO / "examples", tmp_path / "examples")
    for name in ("page.html", "page1.html", "page2.html", "story1.html", "story2.html", "story3.html", "saved-article.html", "a.html", "c.html"):
        (tmp_path / name).write_bytes(page)
    (tmp_path / "b.html.gz").write_bytes(gzip.compress(page))
    (tmp_path / "pages" / "world").mkdir(parents=True)
    (tmp_path / "pages" / "news-page.html").write_bytes(page)
    (tmp_path / "pages" / "world" / "story.html.gz").write_bytes(gzip.compress(page))
    (tmp_path / "inputs.txt").write_text("a.html\nb.html.gz\n", encoding="utf-8")
    if "site new" not in request.node.callspec.params["block"].code:  # that block writes it
        (tmp_path / "sites" / "example_com").mkdir(parents=True)
        (tmp_path / "sites" / "example_com" / "rule.toml").write_text(RULE, encoding="utf-8")
    _write_warc(tmp_path / "crawl.warc.gz", page)
    bin_dir = tmp_path / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    # Scripts, not symlinks: a symlinked venv python outside its venv loses the venv's packages.
    for command, args in (("python", ""), ("python3", ""), ("articlekit", " -m articlekit"), ("pip", " -m pip")):
        script = bin_dir / command
        script.write_text(f'#!/bin/sh\nexec "{sys.executable}"{args} "$@"\n', encoding="utf-8")
        script.chmod(0o755)
    return tmp_path


def _write_warc(path: Path, page: bytes) -> None:
    pytest.importorskip("warcio", reason="the docs' WARC inputs need the 'warc' extra")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://example.com/story", "response",
                                                      payload=io.BytesIO(page), http_headers=headers))


def _env(sandbox: Path) -> dict[str, str]:
    env = dict(os.environ)
    src = str(REPO / "src")
    env["PYTHONPATH"] = os.pathsep.join([src, *(str(Path(p).resolve()) for p in env.get("PYTHONPATH", "").split(os.pathsep) if p)])
    env["PATH"] = os.pathsep.join([str(sandbox / ".venv" / "bin"), env.get("PATH", "")])
    return env


def _skip_reason(block: Block) -> str | None:
    if block.not_run is not None:
        return f"marked not run: {block.not_run}"
    if re.search(r"\b(curl|wget)\b", block.code):
        return "needs the network (articlekit never fetches; the block pipes a download into it)"
    if "spark_convert.py" in block.code and block.language == "sh":
        if shutil.which("java") is None:
            return "the Spark example needs a Java runtime, absent here"
        if _missing("pyspark"):
            return "the Spark example needs pyspark (pip install pyspark), absent here"
    if "distributed" in block.code and (_missing("distributed") or _missing("dask")):
        return "the Dask example needs the 'dask' extra (pip install -e '.[dask]')"
    return None


def _missing(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is None


def _command(code: str) -> str:
    """The block's commands without their set-up steps, after checking the extras they name."""
    extras = set(tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"])
    lines = []
    for line in code.splitlines():
        steps = []
        for step in line.split(" && "):
            if SETUP_STEP.match(step.strip()):
                for named in EXTRAS.findall(step):
                    assert set(named.split(",")) <= extras, f"{step!r} names an extra pyproject.toml lacks"
            else:
                steps.append(step)
        if steps:
            lines.append(" && ".join(steps))
    return "\n".join(lines)


@pytest.mark.parametrize("block", blocks(), ids=_id)
def test_code_block_runs(block: Block, sandbox: Path) -> None:
    reason = _skip_reason(block)
    if reason is not None:
        pytest.skip(reason)
    if block.language == "python":
        if ">>>" in block.code:
            if block.page.parent != REPO:
                pytest.skip("a doctest: docs/conftest.py runs it")
            (sandbox / "block.py").write_text(_doctest_script(block), encoding="utf-8")
        else:
            (sandbox / "block.py").write_text(block.code, encoding="utf-8")
        argv = [sys.executable, "block.py"]
    else:
        command = _command(block.code)
        if any(marker in command for marker in RUN_BY_CI):
            ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
            assert all(line in ci for line in block.code.splitlines()), f"{_id(block)} is not in .ci/run as written"
            pytest.skip(".ci/run runs this command as written (the tests themselves, or the docs build)")
        if not command.strip():
            return  # set-up only: its extras are checked
        argv = ["bash", "-e", "-o", "pipefail", "-c", command]
    result = subprocess.run(argv, cwd=sandbox, env=_env(sandbox), capture_output=True, timeout=TIMEOUT, check=False)
    assert result.returncode == 0, (
        f"{_id(block)} exited {result.returncode}\n--- stdout\n{result.stdout.decode()[-2000:]}"
        f"\n--- stderr\n{result.stderr.decode()[-4000:]}"
    )


def _doctest_script(block: Block) -> str:
    return (
        "import doctest, sys\n"
        f"test = doctest.DocTestParser().get_doctest({block.code!r}, {{}}, {_id(block)!r}, None, 0)\n"
        "runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)\n"
        "sys.exit(1 if runner.run(test).failed else 0)\n"
    )


def test_the_markers_are_found() -> None:
    # A marker must sit right before its block (blank lines aside), else it is silently ignored.
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for marker in re.finditer(r"^<!--\s*not run:", text, re.MULTILINE):
            after = text[marker.end():]
            assert re.match(r"[^\n]*-->\s*\n```", after), f"{page.name}: a 'not run' marker not right before a fence"


def test_every_fence_is_run_or_known_not_to_be() -> None:
    # A fence in another shell or Python dialect ('bash', 'console', 'py') would escape this test.
    shown = {"pycon", "text", "json", "toml", "{include}", "{image}", "{toctree}"}
    for page in PAGES:
        for match in re.finditer(r"^```(\S*)", page.read_text(encoding="utf-8"), re.MULTILINE):
            if match.group(1):
                assert match.group(1) in shown | set(RUN_LANGUAGES), f"{page.name}: fence {match.group(1)!r}"


def test_the_readme_has_a_python_example_that_runs() -> None:
    assert any(b.page.name == "README.md" and b.language == "python" and b.not_run is None for b in blocks())


def test_the_readme_example_prints_what_its_comments_say(tmp_path: Path) -> None:
    # `print(x)  # VALUE` lines: the comment is the line printed (until a comment that is not a
    # value, such as "or json, ndjson...").
    (block,) = [b for b in blocks() if b.page.name == "README.md" and b.language == "python"]
    expected = []
    for line in block.code.splitlines():
        match = re.match(r"print\(.*\)\s+# (.*)$", line)
        if match:
            if match.group(1).startswith("or "):
                break
            expected.append(match.group(1))
    shutil.copytree(REPO / "examples", tmp_path / "examples")
    (tmp_path / "block.py").write_text(block.code, encoding="utf-8")
    result = subprocess.run([sys.executable, "block.py"], cwd=tmp_path, env=_env(tmp_path), capture_output=True,
                            timeout=TIMEOUT, check=True, text=True)
    assert len(expected) >= 4
    assert result.stdout.splitlines()[:len(expected)] == expected
