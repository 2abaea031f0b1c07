"""``articlekit convert``: one record per input, in input order, whatever the number of workers;
error records for bad inputs; stdin, gzip, WARC, one file per input; Ctrl-C leaves valid NDJSON.

The corpus tests read ``../shared/corpus/fundus/pages`` beside the repository (or
``$ARTICLEKIT_CORPUS_ROOT``): skipped when it is absent, failing when ``CI=true``.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from importlib.resources import files
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import articlekit
from articlekit.cli.convert import EXIT_INTERRUPTED, EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE
from articlekit.cli.main import main

REPO = Path(__file__).resolve().parent.parent
FUNDUS_PAGES = 258
EXAMPLE = REPO / "examples" / "news-page.html"
ARTICLE_SCHEMA = json.loads(files("articlekit.serialize").joinpath("schema.json").read_text(encoding="utf-8"))
ERROR_RECORD_SCHEMA = {
    "type": "object",
    "required": ["input", "error"],
    "additionalProperties": False,
    "properties": {
        "input": {"type": "string"},
        "error": {
            "type": "object",
            "required": ["type", "message"],
            "additionalProperties": False,
            "properties": {"type": {"type": "string"}, "message": {"type": "string", "minLength": 1}},
        },
    },
}



def _cli(*args: str, cwd: Path | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "articlekit", "convert", *args], cwd=cwd, input=stdin, capture_output=True, timeout=120
    )


def _records(path: Path) -> list[dict[str, Any]]:
    data = path.read_bytes()
    assert not data or data.endswith(b"\n"), "NDJSON ends with a newline"
    return [json.loads(line) for line in data.splitlines()]


def _check_contract(record: dict[str, Any]) -> None:
    """A record is an error record, or the Article's JSON object with "input" added first."""
    assert next(iter(record)) == "input"
    if "error" in record:
        jsonschema.validate(record, ERROR_RECORD_SCHEMA)
    else:
        assert isinstance(record.get("http_status", 200), int)  # a WARC response's status
        article = {key: value for key, value in record.items() if key not in ("input", "http_status")}
        jsonschema.validate(article, ARTICLE_SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def _corrupt_copy(tmp_path: Path, fundus: Path) -> tuple[Path, set[str]]:
    """The fundus pages in a tmp folder (links), ten of them replaced by broken files."""
    pages = tmp_path / "pages"
    pages.mkdir()
    names = sorted(p.name for p in fundus.iterdir() if p.name.endswith(".html.gz"))
    broken = set(names[::25][:10])
    assert len(broken) == 10
    for index, name in enumerate(sorted(broken)):
        target = pages / name
        if index < 4:  # truncated gzip
            target.write_bytes((fundus / name).read_bytes()[:200])
        elif index < 7:  # binary junk (and no gzip magic)
            target.write_bytes(bytes(range(256)) * 8)
        else:  # empty
            target.write_bytes(b"")
    for name in names:
        if name not in broken:
            (pages / name).symlink_to(fundus / name)
    return pages, {str(pages / name) for name in broken}


def test_corpus_gives_one_record_per_page(tmp_path: Path, fundus_pages: Path) -> None:
    out = tmp_path / "out.ndjson"
    result = _cli(str(fundus_pages), "-o", str(out), "--jobs", "2")
    assert result.returncode == EXIT_OK, result.stderr.decode()
    records = _records(out)
    assert len(records) == FUNDUS_PAGES
    assert [r["input"] for r in records] == sorted(str(p) for p in fundus_pages.glob("*.html.gz"))
    assert all("error" not in r for r in records)
    for record in records:
        _check_contract(record)
    assert f"{FUNDUS_PAGES} pages: {FUNDUS_PAGES} articles, 0 with no article (empty, listing or home pages), 0 errors" in result.stderr.decode()


def test_corrupted_inputs_give_error_records_and_status_1(tmp_path: Path, fundus_pages: Path) -> None:
    pages, broken = _corrupt_copy(tmp_path, fundus_pages)
    out = tmp_path / "out.ndjson"
    result = _cli(str(pages), "-o", str(out), "--jobs", "2")
    assert result.returncode == EXIT_SOME_FAILED, result.stderr.decode()
    records = _records(out)
    errors = [r for r in records if "error" in r]
    assert len(records) == FUNDUS_PAGES
    assert len(errors) == 10 and len(records) - len(errors) == 248
    assert {r["input"] for r in errors} == broken
    assert {r["error"]["type"] for r in errors} == {"InputError", "NotHTMLError", "EmptyInputError"}
    for record in records:
        _check_contract(record)
    assert "258 pages: 248 articles, 0 with no article (empty, listing or home pages), 10 errors" in result.stderr.decode()


def test_order_is_the_same_with_one_or_two_workers(tmp_path: Path, fundus_pages: Path) -> None:
    pages, _ = _corrupt_copy(tmp_path, fundus_pages)
    subset = sorted(pages.iterdir())[:60]
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"jobs{jobs}.ndjson"
        # Chunks of 3: many chunks in flight, finishing out of order in the workers.
        main(["convert", *map(str, subset), "-o", str(out), "--jobs", jobs, "--chunk-size", "3", "-q"])
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert [r["input"] for r in map(json.loads, outputs[0].splitlines())] == list(map(str, subset))


def test_stdin_and_gzip_by_magic_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = EXAMPLE.read_bytes()
    disguised = tmp_path / "page.html"  # gzip bytes under a plain name: the magic bytes decide
    disguised.write_bytes(gzip.compress(page))
    out = tmp_path / "out.ndjson"
    stdin = io.TextIOWrapper(io.BytesIO(gzip.compress(page)))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["convert", "-", str(disguised), str(EXAMPLE), "-o", str(out), "-q"]) == EXIT_OK
    records = _records(out)
    assert [r.pop("input") for r in records] == ["-", str(disguised), str(EXAMPLE)]
    expected = json.loads(articlekit.serialize(articlekit.extract(page), "json"))
    assert records == [expected] * 3


def test_stdout_and_from_list(tmp_path: Path) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text(f"{EXAMPLE}\n\n{tmp_path / 'missing.html'}\n", encoding="utf-8")
    result = _cli("--from-list", str(listing), "-o", "-")
    assert result.returncode == EXIT_SOME_FAILED
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["input"] for r in records] == [str(EXAMPLE), str(tmp_path / "missing.html")]
    assert records[1]["error"]["type"] == "FileNotFoundError"
    assert "2 pages: 1 articles, 0 with no article (empty, listing or home pages), 1 errors" in result.stderr.decode()


def test_one_file_per_input(tmp_path: Path) -> None:
    tree = tmp_path / "in"
    (tree / "world").mkdir(parents=True)
    shutil.copy(EXAMPLE, tree / "world" / "story.html")
    (tree / "world" / "story2.html.gz").write_bytes(gzip.compress(EXAMPLE.read_bytes()))
    (tree / "empty.htm").write_bytes(b"")
    (tree / "notes.txt").write_text("not matched by the default globs")
    out = tmp_path / "out"
    assert main(["convert", str(tree), "--out-dir", str(out), "--format", "markdown", "-q"]) == EXIT_SOME_FAILED
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == ["empty.error.json", "world/story.md", "world/story2.md"]
    assert (out / "world" / "story.md").read_text() == articlekit.serialize(articlekit.extract(EXAMPLE.read_bytes()), "markdown")
    error = json.loads((out / "empty.error.json").read_text())
    assert error == {"input": str(tree / "empty.htm"), "error": {"type": "EmptyInputError", "message": error["error"]["message"]}}


def test_glob_selects_the_files_of_directories(tmp_path: Path) -> None:
    (tmp_path / "a.page").write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "b.html").write_bytes(EXAMPLE.read_bytes())
    out = tmp_path / "out.ndjson"
    assert main(["convert", str(tmp_path), "--glob", "*.page", "-o", str(out), "-q"]) == EXIT_OK
    assert [r["input"] for r in _records(out)] == [str(tmp_path / "a.page")]


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["x.html", "-o", "a.ndjson", "--out-dir", "d"],
        ["x.html", "-o", "a.ndjson", "--format", "markdown"],
        ["x.html", "--jobs", "-1"],
        ["-", "--from-list", "-"],
        ["x.html", "--page-timeout", "-1"],
    ],
    ids=["no-input", "two-outputs", "markdown-to-ndjson", "negative-jobs", "stdin-twice", "negative-page-timeout"],
)
def test_usage_errors_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["convert", *args])
    assert stop.value.code == EXIT_USAGE
    assert "articlekit convert: error:" in capsys.readouterr().err


def test_unwritable_output_exits_2(tmp_path: Path) -> None:
    assert main(["convert", str(EXAMPLE), "-o", str(tmp_path / "no" / "such" / "dir.ndjson"), "-q"]) == EXIT_USAGE


def test_single_page_command_is_unchanged(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(EXAMPLE)]) == EXIT_OK
    assert capsys.readouterr().out == articlekit.serialize(articlekit.extract(EXAMPLE.read_bytes()), "json") + "\n"


def test_ctrl_c_leaves_whole_records_and_exits_130(tmp_path: Path) -> None:
    # Many inputs (the example page, 20,000 times) so that the run is surely still going.
    listing = tmp_path / "list.txt"
    listing.write_text(f"{EXAMPLE}\n" * 20_000, encoding="utf-8")
    out = tmp_path / "out.ndjson"
    command = [sys.executable, "-m", "articlekit", "convert", "--from-list", str(listing), "-o", str(out), "--jobs", "2"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while (not out.exists() or out.stat().st_size < 100_000) and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == EXIT_INTERRUPTED, stderr.decode()
    records = _records(out)
    assert 0 < len(records) < 20_000
    assert all(r["input"] == str(EXAMPLE) and "error" not in r for r in records)
    assert "interrupted" in stderr.decode() and "Traceback" not in stderr.decode()


def _write_warc(path: Path, pages: list[tuple[str, str, bytes]], statuses: tuple[str, ...] = ()) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for i, (url, content_type, body) in enumerate(pages):
            status = statuses[i] if i < len(statuses) else "200 OK"
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))


def test_warc_records_are_pages(tmp_path: Path) -> None:
    pytest.importorskip("warcio", reason="WARC input needs the 'warc' extra (pip install -e '.[warc]')")
    warc = tmp_path / "crawl.warc.gz"
    _write_warc(
        warc,
        [
            ("https://example.com/world/one", "text/html; charset=utf-8", EXAMPLE.read_bytes()),
            ("https://example.com/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64),
            ("https://example.com/world/two", "text/html", b""),
        ],
    )
    out = tmp_path / "out.ndjson"
    assert main(["convert", str(warc), "-o", str(out), "-q"]) == EXIT_SOME_FAILED
    first, second = _records(out)
    assert first["input"].startswith(f"{warc}#") and first["url"] == "https://example.com/world/one"
    assert first["headline"] == articlekit.extract(EXAMPLE.read_bytes()).headline
    assert second["input"].startswith(f"{warc}#") and second["error"]["type"] == "EmptyInputError"


KOI8_PAGE = (
    "<html><head><title>Новости</title></head><body><article><h1>Мост открыт после ремонта</h1>"
    "<p>Городской мост снова открыт для движения после полугода ремонтных работ, сообщили власти.</p>"
    "<p>Рабочие заменили покрытие и перила, а также отремонтировали опоры моста.</p></article></body></html>"
).encode("koi8-r")


def test_a_crawl_skips_redirects_and_error_responses_and_reads_the_http_charset(tmp_path: Path) -> None:
    pytest.importorskip("warcio", reason="WARC input needs the 'warc' extra (pip install -e '.[warc]')")
    warc = tmp_path / "crawl.warc.gz"
    _write_warc(
        warc,
        [
            ("https://example.com/old", "text/html", b""),
            ("https://example.com/bridge", "text/html; charset=KOI8-R", KOI8_PAGE),
            ("https://example.com/gone", "text/html; charset=utf-8", b"<html><body><h1>Not found</h1></body></html>"),
        ],
        statuses=("301 Moved Permanently", "200 OK", "404 Not Found"),
    )
    out = tmp_path / "out.ndjson"
    result = _cli(str(warc), "-o", str(out))
    assert result.returncode == EXIT_OK, result.stderr.decode()  # a crawl with redirects does not "fail"
    (record,) = _records(out)
    _check_contract(record)
    assert record["http_status"] == 200
    assert record["headline"] == "Мост открыт после ремонта"  # KOI8-R from the HTTP header, no <meta>
    assert "2 WARC responses skipped (HTTP status not 2xx" in result.stderr.decode()
    kept = tmp_path / "all.ndjson"
    assert main(["convert", str(warc), "-o", str(kept), "-q", "--all-statuses"]) == EXIT_SOME_FAILED
    redirect, page, missing = _records(kept)
    assert redirect["error"]["type"] == "EmptyInputError"
    assert (page["http_status"], missing["http_status"]) == (200, 404)


def test_truncated_warc_gives_an_error_record(tmp_path: Path) -> None:
    pytest.importorskip("warcio", reason="WARC input needs the 'warc' extra (pip install -e '.[warc]')")
    warc = tmp_path / "cut.warc.gz"
    page = ("https://example.com/world/one", "text/html", EXAMPLE.read_bytes())
    _write_warc(warc, [page, page])
    warc.write_bytes(warc.read_bytes()[:-300])  # the second record's gzip member is cut short
    out = tmp_path / "out.ndjson"
    assert main(["convert", str(warc), "-o", str(out), "-q"]) == EXIT_SOME_FAILED
    records = _records(out)
    assert "error" not in records[0]
    assert records[-1]["input"] == str(warc) and "WARC file is damaged" in records[-1]["error"]["message"]


def test_warc_without_the_extra_names_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    warc = tmp_path / "crawl.warc"
    warc.write_bytes(b"WARC/1.0\r\n\r\n")
    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)  # as if warcio were not installed
    out = tmp_path / "out.ndjson"
    assert main(["convert", str(warc), "-o", str(out), "-q"]) == EXIT_SOME_FAILED
    (record,) = _records(out)
    assert record["input"] == str(warc) and "pip install -e '.[warc]'" in record["error"]["message"]


def test_spark_example_compiles() -> None:
    # examples/spark_convert.py needs pyspark and a JVM, which CI does not install: compile it at least.
    source = (REPO / "examples" / "spark_convert.py").read_text(encoding="utf-8")
    compile(source, "spark_convert.py", "exec")


FAKE_PYSPARK = """
import os
from pathlib import Path


class _RDD:
    def __init__(self, items):
        self.items = items

    def mapPartitions(self, function):
        return _RDD(list(function(iter(self.items))))

    def saveAsTextFile(self, path):  # as Spark's TextOutputFormat: a newline after each element
        Path(path).mkdir()
        Path(path, "part-00000").write_text("".join(line + "\\n" for line in self.items), encoding="utf-8")
        Path(path, "python").write_text(os.environ["PYSPARK_PYTHON"], encoding="utf-8")


class _Context:
    def parallelize(self, items, numSlices=None):
        return _RDD(items)


class SparkSession:
    sparkContext = _Context()

    class builder:
        @staticmethod
        def appName(name):
            return SparkSession.builder

        @staticmethod
        def getOrCreate():
            return SparkSession()

    def stop(self):
        pass
"""


def test_spark_example_gives_the_cli_lines_and_runs_its_workers_in_this_python(tmp_path: Path) -> None:
    # Without Spark (CI has no pyspark): a stand-in pyspark runs the example's partition function
    # in this process. The workers' Python is the one running the script, not the first 'python'
    # on PATH, which inside a venv lacks articlekit.
    (tmp_path / "pyspark" / "sql").mkdir(parents=True)
    (tmp_path / "pyspark" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "pyspark" / "sql" / "__init__.py").write_text(FAKE_PYSPARK, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYSPARK_")}
    env["PYTHONPATH"] = os.pathsep.join([str(tmp_path), str(REPO / "src")])
    out = tmp_path / "out"
    subprocess.run([sys.executable, str(REPO / "examples" / "spark_convert.py"), str(EXAMPLE), "-o", str(out)],
                   env=env, check=True, timeout=120)
    cli = subprocess.run([sys.executable, "-m", "articlekit", "convert", str(EXAMPLE), "-o", "-", "-q"],
                         env=env, capture_output=True, check=True, timeout=120)
    assert (out / "part-00000").read_bytes() == cli.stdout
    assert (out / "python").read_text(encoding="utf-8") == sys.executable


def test_a_mirror_directory_takes_saved_pages_by_name_or_first_bytes_and_counts_the_rest(tmp_path: Path) -> None:
    mirror = tmp_path / "mirror"
    (mirror / "news").mkdir(parents=True)
    html = EXAMPLE.read_bytes()
    (mirror / "news" / "story").write_bytes(html)  # wget: no extension
    (mirror / "news" / "page.php?id=1").write_bytes(gzip.compress(html))
    (mirror / "news" / "index.shtml").write_bytes(html)
    (mirror / "news" / "feed").write_bytes(b'{"items": []}')  # no extension, not HTML
    (mirror / "style.css").write_bytes(b"body { color: red }")
    (mirror / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    out = tmp_path / "out.ndjson"
    result = _cli(str(mirror), "-o", str(out))
    assert result.returncode == EXIT_OK, result.stderr.decode()
    names = [Path(r["input"]).name for r in _records(out)]
    assert names == ["index.shtml", "page.php?id=1", "story"]
    assert "3 files in the directories passed over" in result.stderr.decode()
    narrowed = tmp_path / "narrowed.ndjson"
    assert main(["convert", str(mirror), "-o", str(narrowed), "-q", "--glob", "*.shtml"]) == EXIT_OK
    assert [Path(r["input"]).name for r in _records(narrowed)] == ["index.shtml"]  # a user's glob, as it is
