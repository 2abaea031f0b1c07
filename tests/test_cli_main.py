"""The ``articlekit`` command end to end: subcommands, help, typos, one reader for page mode and
``convert`` (gzip, stdin), one line per input, broken pipes, URLs, local site rules."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

import articlekit
from articlekit.cli.main import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, main

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "news-page.html"
HEADLINE = "City Council Approves Riverside Flood Barrier After Record Spring Rains"

RULE = """name = "harbour_local"
domains = ["harbour.example"]

[fields.section]
selectors = ["p.desk"]
"""
PAGE = b"""<html><head><title>Pier reopens | Harbour Post</title></head><body>
<article><p class="desk">Waterfront</p><h1>Pier reopens after repairs</h1>
<p>The pier reopened on Monday after six months of repairs to its timber deck and rails.</p>
<p>Fishing boats moored again by noon, and the kiosk at its end sold out of coffee by two.</p>
</article></body></html>"""


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "articlekit", *args], input=stdin, capture_output=True, timeout=120)


def test_help_lists_the_commands_and_version_works() -> None:
    result = _run("--help")
    assert result.returncode == EXIT_OK
    out = result.stdout.decode()
    for command in ("page", "convert", "site"):
        assert f"    {command} " in out
    version = _run("--version")
    assert version.stdout.decode().strip() == f"articlekit {articlekit.__version__}"


def test_no_arguments_and_bare_site_print_their_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == EXIT_USAGE
    assert "convert" in capsys.readouterr().err
    assert main(["site"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "usage: articlekit site" in err and "check" in err


def test_a_mistyped_command_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["conver", "x.html"])
    assert stop.value.code == EXIT_USAGE
    assert "did you mean 'convert'?" in capsys.readouterr().err


def test_page_mode_reads_gzip_files_and_gzip_on_stdin(tmp_path: Path) -> None:
    packed = tmp_path / "story.html.gz"
    packed.write_bytes(gzip.compress(EXAMPLE.read_bytes()))
    from_file = _run(str(packed))
    assert from_file.returncode == EXIT_OK, from_file.stderr
    assert json.loads(from_file.stdout)["headline"] == HEADLINE
    from_stdin = _run("-", stdin=packed.read_bytes())
    assert from_stdin.returncode == EXIT_OK, from_stdin.stderr
    assert json.loads(from_stdin.stdout)["headline"] == HEADLINE


def test_several_inputs_give_one_line_each_with_its_input(tmp_path: Path) -> None:
    missing = tmp_path / "missing.html"
    result = _run(str(EXAMPLE), str(missing))
    assert result.returncode == EXIT_SOME_FAILED
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [line["input"] for line in lines] == [str(EXAMPLE), str(missing)]
    assert lines[0]["headline"] == HEADLINE
    assert lines[1]["error"]["type"] == "FileNotFoundError"
    assert f"articlekit: {missing}: cannot read the file" in result.stderr.decode()


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    pages = [str(EXAMPLE)] * 200
    reader = subprocess.Popen(
        [sys.executable, "-m", "articlekit", *pages], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.readline()
    reader.stdout.close()  # as '| head -1' does
    err = reader.stderr.read().decode()
    reader.wait(timeout=120)
    assert "Traceback" not in err and "BrokenPipeError" not in err


def test_a_url_is_not_fetched_and_says_how_to_pipe_it() -> None:
    result = _run("https://news.example/2024/story")
    assert result.returncode == EXIT_SOME_FAILED
    err = result.stderr.decode()
    assert "does not fetch" in err
    assert "curl -sL 'https://news.example/2024/story' | articlekit - --url" in err


@pytest.mark.parametrize("mode", ["page", "convert"])
def test_a_local_rule_folder_is_used_with_rules(tmp_path: Path, mode: str) -> None:
    (tmp_path / "rules" / "harbour").mkdir(parents=True)
    (tmp_path / "rules" / "harbour" / "rule.toml").write_text(RULE, encoding="utf-8")
    page = tmp_path / "pier.html"
    page.write_bytes(PAGE)
    url = ["--url", "https://harbour.example/pier"] if mode == "page" else []
    args = ["convert", str(page)] if mode == "convert" else [str(page), *url]
    if mode == "convert":  # convert has no --url: the rule is found by the page's canonical link
        page.write_bytes(PAGE.replace(b"<head>", b'<head><link rel="canonical" href="https://harbour.example/pier">'))
    generic = json.loads(_run(*args, "-q" if mode == "convert" else "--no-sites").stdout)
    with_rule = json.loads(_run(*args, *(["-q"] if mode == "convert" else []), "--rules", str(tmp_path / "rules")).stdout)
    assert with_rule["section"] == "Waterfront"
    assert with_rule["provenance"]["section"] == "site:harbour_local:p.desk"
    assert generic["provenance"].get("section") != "site:harbour_local:p.desk"


def test_a_broken_rule_stops_before_any_page(tmp_path: Path) -> None:
    bad = tmp_path / "rule.toml"
    bad.write_text("name = 'x'\ndomains = [\n", encoding="utf-8")
    result = _run(str(EXAMPLE), "--rules", str(bad))
    assert result.returncode == EXIT_USAGE
    assert f"{bad}: cannot read the rule" in result.stderr.decode()
    assert result.stdout == b""


def test_max_bytes_and_include_captions_reach_the_extraction(tmp_path: Path) -> None:
    small = _run(str(EXAMPLE), "--max-bytes", "100")
    assert small.returncode == EXIT_SOME_FAILED
    assert "over the limit of 100" in small.stderr.decode()
    page = tmp_path / "figure.html"
    page.write_bytes(PAGE.replace(b"</h1>", b'</h1><figure><img src="p.jpg"><figcaption>The pier at dawn.</figcaption></figure>'))
    kinds = lambda result: [block["type"] for block in json.loads(result.stdout)["body"]]  # noqa: E731
    assert "caption" not in kinds(_run(str(page)))
    assert "caption" in kinds(_run(str(page), "--include-captions"))


def test_convert_jobs_zero_means_every_core(tmp_path: Path) -> None:
    out = tmp_path / "out.ndjson"
    result = _run("convert", str(EXAMPLE), str(EXAMPLE), "--jobs", "0", "-o", str(out))
    assert result.returncode == EXIT_OK, result.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    assert "2 pages: 2 articles, 0 with no article" in result.stderr.decode()
