"""Faults around a batch, not in the pages: a worker killed or stuck, input names that are not
UTF-8, special files, a full disk, unbounded streams, output names that collide.

Every test that could hang on a regression has a deadline (a subprocess timeout, or an alarm in
this process), so that a hang fails the test instead of stopping CI.
"""

from __future__ import annotations

import errno
import gzip
import io
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

import articlekit
from articlekit.batch import Item, iter_items, ordered_map
from articlekit.batch.read import read_item
from articlekit.batch.records import Outcome
from articlekit.batch.sinks import DirectorySink, NdjsonSink
from articlekit.cli.convert import EXIT_OK, EXIT_OUTPUT_FAILED, EXIT_SOME_FAILED
from articlekit.cli.main import main
from articlekit.errors import ArticleKitError, OutputError

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "news-page.html"
POISON = 13  # the item on which a worker kills itself
STUCK = 21  # the item on which a worker never ends


# -- helpers ------------------------------------------------------------------------------------


def _cli(*args: str, stdin: Any = None, timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "articlekit", "convert", *args],
        stdin=stdin, capture_output=True, timeout=timeout, check=False,
    )


def _records(data: bytes) -> list[dict[str, Any]]:
    """The records of NDJSON bytes, checking they are whole UTF-8 lines."""
    assert not data or data.endswith(b"\n"), "whole records only: the output ends with a newline"
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Fail (instead of hanging) when the block takes longer than ``seconds``."""

    def expire(signum: int, frame: Any) -> None:
        raise TimeoutError(f"the block took longer than {seconds} s: it hangs")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _double_or_die(chunk: list[int]) -> list[int]:
    """In a worker: each item doubled; the process kills itself on POISON, hangs on STUCK."""
    for item in chunk:
        if item == POISON:
            os.kill(os.getpid(), signal.SIGKILL)
        if item == STUCK:
            time.sleep(3600)
    return [item * 2 for item in chunk]


def _lost(item: int, error: ArticleKitError) -> str:
    return f"{item}:{type(error).__name__}"


# -- 5. a dead or stuck worker ------------------------------------------------------------------


def test_a_worker_killing_itself_gives_that_item_a_lost_result_and_the_others_theirs() -> None:
    notes: list[str] = []
    with _deadline(60):
        results = list(
            ordered_map(_double_or_die, range(STUCK), 2, 3, threading.Event(), on_lost=_lost, report=notes.append)
        )
    assert results == [f"{POISON}:WorkerDiedError" if i == POISON else i * 2 for i in range(STUCK)]
    assert notes and "worker process died" in notes[0]


def test_a_worker_death_without_on_lost_raises() -> None:
    with _deadline(60), pytest.raises(articlekit.errors.WorkerDiedError):
        list(ordered_map(_double_or_die, range(20), 2, 2, threading.Event()))


def test_a_page_over_the_time_bound_gives_a_timeout_result() -> None:
    items = [1, 2, STUCK, 4, 5, 6]
    with _deadline(60):
        results = list(ordered_map(_double_or_die, items, 2, 2, threading.Event(), on_lost=_lost, item_seconds=1))
    assert results == [2, 4, f"{STUCK}:PageTimeoutError", 8, 10, 12]


def test_the_stop_flag_ends_a_run_whose_worker_is_stuck() -> None:
    stop = threading.Event()
    threading.Timer(0.5, stop.set).start()
    started = time.monotonic()
    with _deadline(30):
        results = list(ordered_map(_double_or_die, [STUCK, 1, 2], 2, 1, stop, on_lost=_lost))
    assert results == [] and time.monotonic() - started < 10


def _worker_pids(parent: int) -> list[int]:
    """The worker processes of ``parent``: its children running the same command line."""
    cmdline = Path(f"/proc/{parent}/cmdline").read_bytes()
    children = Path(f"/proc/{parent}/task/{parent}/children").read_text().split()
    pids = []
    for child in map(int, children):
        try:
            if Path(f"/proc/{child}/cmdline").read_bytes() == cmdline:
                pids.append(child)
        except OSError:
            continue  # ended meanwhile
    return pids


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="finding the workers needs Linux's /proc")
def test_cli_run_survives_a_worker_killed_with_sigkill(tmp_path: Path) -> None:
    count = 400
    listing = tmp_path / "list.txt"
    listing.write_text(f"{EXAMPLE}\n" * count, encoding="utf-8")
    out = tmp_path / "out.ndjson"
    command = [sys.executable, "-m", "articlekit", "convert", "--from-list", str(listing), "-o", str(out), "--jobs", "2"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        workers: list[int] = []
        while time.monotonic() < deadline:
            workers = _worker_pids(process.pid)
            if workers and out.exists() and out.stat().st_size > 20_000:
                break
            time.sleep(0.05)
        assert workers, "the run started no workers"
        os.kill(workers[0], signal.SIGKILL)  # what the out-of-memory killer does
        _, stderr = process.communicate(timeout=120)  # a hang fails here
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    records = _records(out.read_bytes())
    # The inputs the dead worker held were run again: every input has its record, in order.
    assert len(records) == count and all(r["input"] == str(EXAMPLE) for r in records)
    assert all("error" not in r for r in records)
    assert process.returncode == EXIT_OK, stderr.decode()
    assert "worker process died" in stderr.decode()


# -- 6. names that are not UTF-8, special files ---------------------------------------------------


def _bytes_name_file(directory: Path, name: bytes, data: bytes) -> bytes:
    path = os.fsencode(directory) + b"/" + name
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)
    return path


def test_names_that_are_not_utf8_give_one_valid_record_each(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    page = EXAMPLE.read_bytes()
    walked = _bytes_name_file(pages, b"\xff.html", page)
    named = _bytes_name_file(tmp_path, b"caf\xe9.html", page)
    listing = tmp_path / "list.txt"
    listing.write_bytes(walked + b"\n" + os.fsencode(tmp_path) + b"/missing\xfe.html\n")
    out = tmp_path / "out.ndjson"
    result = subprocess.run(
        [sys.executable, "-m", "articlekit", "convert", os.fsencode(pages), named, b"--from-list",
         os.fsencode(listing), b"-o", os.fsencode(out)],
        capture_output=True, timeout=120, check=False,
    )
    assert result.returncode == EXIT_SOME_FAILED, result.stderr.decode(errors="replace")
    records = _records(out.read_bytes())  # valid UTF-8 JSON
    assert [r["input"] for r in records] == [
        f"{pages}/\\xff.html", f"{tmp_path}/caf\\xe9.html", f"{pages}/\\xff.html", f"{tmp_path}/missing\\xfe.html",
    ]
    assert [("error" in r) for r in records] == [False, False, False, True]
    assert records[3]["error"]["type"] == "FileNotFoundError"
    # One file per input keeps the original bytes of the name.
    out_dir = tmp_path / "out"
    assert main(["convert", os.fsdecode(named), "--out-dir", str(out_dir), "-q"]) == EXIT_OK
    assert os.listdir(os.fsencode(out_dir)) == [b"caf\xe9.json"]


def test_special_files_give_error_records_and_never_block(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(EXAMPLE, pages / "a.html")
    os.mkfifo(pages / "b.html")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(pages / "c.html"))
    explicit = tmp_path / "named.warc.gz"  # a WARC name would be opened as a WARC: it must not block either
    os.mkfifo(explicit)
    out = tmp_path / "out.ndjson"
    try:
        result = _cli(str(pages), str(explicit), "/dev/null", "-o", str(out), "--jobs", "2", timeout=60)
    finally:
        server.close()
    assert result.returncode == EXIT_SOME_FAILED, result.stderr.decode()
    records = _records(out.read_bytes())
    assert [r["input"] for r in records] == [str(pages / n) for n in ("a.html", "b.html", "c.html")] + [str(explicit), "/dev/null"]
    assert "error" not in records[0]
    messages = [r["error"]["message"] for r in records[1:]]
    assert [m.split(";")[0] for m in messages] == [
        "not a regular file but a FIFO (named pipe)",
        "not a regular file but a socket",
        "not a regular file but a FIFO (named pipe)",
        "not a regular file but a character device",
    ]


def test_a_file_swapped_for_a_fifo_after_the_walk_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "late.html"
    os.mkfifo(fifo)
    with _deadline(10), pytest.raises(articlekit.InputError, match="FIFO"):
        read_item(Item(name=str(fifo), path=str(fifo)), 1000)


# -- 7. write failures ---------------------------------------------------------------------------


def _outcome(text: str = '{"input": "a.html"}\n') -> Outcome:
    return Outcome("a.html", True, text, "a.html")


class _FullDisk(io.RawIOBase):
    """A stream whose writes fail as on a full disk."""

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_full_disk_raises_output_error_with_a_clear_message() -> None:
    sink = NdjsonSink(_FullDisk(), owned=False, name="out.ndjson")  # type: ignore[arg-type]
    with pytest.raises(OutputError, match="cannot write out.ndjson: No space left on device"):
        sink.write(_outcome())


class _FillsUp(io.FileIO):
    """A file that takes ``room`` bytes, then writes part of a record and fails (a disk filling)."""

    room = 0

    def write(self, data: Any) -> int:
        if self.room <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        taken = min(len(data), self.room)
        self.room -= taken
        return super().write(bytes(data)[:taken])


def test_a_failed_write_cuts_the_file_back_to_whole_records(tmp_path: Path) -> None:
    path = tmp_path / "out.ndjson"
    stream = _FillsUp(path, "wb")
    line = '{"input": "a.html", "headline": "x"}\n'
    stream.room = len(line) * 2 + 10  # two records and part of the third
    sink = NdjsonSink(stream, owned=True, name=str(path))  # type: ignore[arg-type]
    sink.write(_outcome(line))
    sink.write(_outcome(line))
    with pytest.raises(OutputError, match="holds the 2 whole records"):
        sink.write(_outcome(line))
    stream.close()
    assert path.read_text() == line * 2


def test_directory_sink_failure_raises_output_error(tmp_path: Path) -> None:
    (tmp_path / "world").write_text("a file where a folder is needed")
    sink = DirectorySink(tmp_path, ".json")
    with pytest.raises(OutputError, match="cannot write .*world/story.json"):
        sink.write(Outcome("world/story.html", True, "{}\n", "world/story.html"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["world"]  # no temporary file left


def test_dev_full_exits_3_with_a_message() -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full on this system")
    result = _cli(str(EXAMPLE), "-o", "/dev/full", timeout=60)
    assert result.returncode == EXIT_OUTPUT_FAILED
    stderr = result.stderr.decode()
    assert "cannot write /dev/full: No space left on device" in stderr and "Traceback" not in stderr


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 64 KiB tmpfs, mounted for the test (needs root and a working mount)."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root and mount(8)")
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(disk)], capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", str(disk)], check=False)


def test_a_full_disk_keeps_whole_records_and_exits_3(tmp_path: Path, small_disk: Path) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text(f"{EXAMPLE}\n" * 200, encoding="utf-8")  # ~1.5 MB of records for 64 KiB
    out = small_disk / "out.ndjson"
    result = _cli("--from-list", str(listing), "-o", str(out), "--jobs", "2")
    assert result.returncode == EXIT_OUTPUT_FAILED, result.stderr.decode()
    stderr = result.stderr.decode()
    assert "No space left on device" in stderr and "Traceback" not in stderr
    records = _records(out.read_bytes())
    assert 0 < len(records) < 200 and f"holds the {len(records)} whole records" in stderr


def test_a_full_disk_under_out_dir_exits_3(tmp_path: Path, small_disk: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for index in range(40):
        shutil.copy(EXAMPLE, pages / f"p{index:02}.html")
    result = _cli(str(pages), "--out-dir", str(small_disk / "out"))
    assert result.returncode == EXIT_OUTPUT_FAILED, result.stderr.decode()
    assert "No space left on device" in result.stderr.decode()
    written = sorted((small_disk / "out").iterdir())
    assert written and all(not p.name.startswith(".") for p in written)  # no temporary files left
    assert all(json.loads(p.read_text())["headline"] for p in written)  # each file whole


# -- 8. bounded reads ----------------------------------------------------------------------------


def test_stdin_is_read_up_to_the_limit_plus_one_byte() -> None:
    asked: list[int] = []

    def read_stdin(count: int) -> bytes:
        asked.append(count)
        return b"x" * count

    (item,) = iter_items(["-"], read_stdin=read_stdin, max_record_bytes=100)
    assert asked == [101] and item.data is None
    assert item.error == ("InputError", "the page is more than 100 bytes, over the limit of 100; raise it with Options(max_input_bytes=...)")


def test_an_endless_stdin_gives_a_too_large_record_in_both_commands() -> None:
    with open("/dev/zero", "rb") as endless:
        result = _cli("-", "-q", stdin=endless, timeout=120)
    assert result.returncode == EXIT_SOME_FAILED, result.stderr.decode()
    (record,) = _records(result.stdout)
    assert record["input"] == "-" and "the page is more than 52,428,800 bytes" in record["error"]["message"]
    with open("/dev/zero", "rb") as endless:
        page_mode = subprocess.run([sys.executable, "-m", "articlekit", "-"], stdin=endless, capture_output=True, timeout=120, check=False)
    assert page_mode.returncode == 1 and b"more than 52,428,800 bytes" in page_mode.stderr


def test_the_size_error_reports_the_real_size(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    with open(big, "wb") as file:
        file.truncate(60 * 1024 * 1024)  # sparse: nothing is written, and nothing should be read
    result = _cli(str(big), "-q", timeout=60)
    (record,) = _records(result.stdout)
    assert "the page is 62,914,560 bytes, over the limit of 52,428,800" in record["error"]["message"]
    page_mode = subprocess.run([sys.executable, "-m", "articlekit", str(big)], capture_output=True, timeout=60, check=False)
    assert b"the page is 62,914,560 bytes" in page_mode.stderr
    with open(big, "rb") as stdin:  # stdin redirected from a regular file: its size too
        from_stdin = _cli("-", "-q", stdin=stdin, timeout=60)
    assert "the page is 62,914,560 bytes" in _records(from_stdin.stdout)[0]["error"]["message"]
    gz = tmp_path / "bomb.html.gz"
    gz.write_bytes(gzip.compress(b"<p>" + b"x" * 5000))
    with pytest.raises(articlekit.InputError, match="more than 1,000 bytes once decompressed"):
        read_item(Item(name=str(gz), path=str(gz)), 1000)


# -- 9. --out-dir names that collide ------------------------------------------------------------


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_out_dir_gives_colliding_names_their_own_files(tmp_path: Path, jobs: str) -> None:
    pages = tmp_path / "pages"
    (pages / "sub").mkdir(parents=True)
    stories = {"a.html": "First", "a.htm": "Second", "a.html.gz": "Third", "sub/a.html": "Fourth"}
    for name, headline in stories.items():
        page = f"<html><body><h1>{headline} story</h1><p>{'Text of the story. ' * 20}</p></body></html>".encode()
        (pages / name).write_bytes(gzip.compress(page) if name.endswith(".gz") else page)
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(pages / "a.html", other / "a.html")  # same relative name from another argument
    out = tmp_path / "out"
    result = _cli(str(pages), str(other), "--out-dir", str(out), "--jobs", jobs, "--chunk-size", "1")
    assert result.returncode == EXIT_OK, result.stderr.decode()
    written = {str(p.relative_to(out)): json.loads(p.read_text())["headline"] for p in out.rglob("*") if p.is_file()}
    # Input order (directory entries sorted: a.htm, a.html, a.html.gz, sub/) decides who keeps
    # the short name; then the full name; then a number.
    assert written == {
        "a.json": "Second story",
        "a.html.json": "First story",
        "a.html.gz.json": "Third story",
        "sub/a.json": "Fourth story",
        "a.html~2.json": "First story",
    }
    assert "5 pages: 5 articles, 0 with no article (empty, listing or home pages), 0 errors" in result.stderr.decode()
