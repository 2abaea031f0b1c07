"""``articlekit convert INPUTS... -o OUT``: many pages to NDJSON (or one file per page).

Inputs are files, directories (walked recursively, files matching ``--glob``), ``-`` for stdin,
gzip files (recognised by their magic bytes) and WARC files (with the ``warc`` extra), or a list
of them in ``--from-list FILE``. Every input gives exactly one record, in input order: the
Article's JSON object with ``"input"`` first, or ``{"input": ..., "error": {"type", "message"}}``.

Exit status: 0 every input gave an Article; 1 some inputs failed (their error records are
written); 2 bad arguments or an output that cannot be opened; 130 interrupted (Ctrl-C): the
output holds whole records only, for the inputs converted so far.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import closing
from functools import partial
from pathlib import Path
from typing import BinaryIO, Protocol

import attrs

from ..batch import DEFAULT_GLOBS, Outcome, convert_chunk, iter_items, ordered_map
from ..batch.inputs import count_pages
from ..serialize.registry import available_serializers
from .progress import Progress

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for a command stopped by Ctrl-C

# Pages per task sent to a worker: ~10 ms each, so a chunk is a fraction of a second of work,
# large enough that the round trip is noise and small enough that the workers stay balanced.
DEFAULT_CHUNK_SIZE = 8
NDJSON_FORMATS = frozenset({"ndjson", "json"})
SUFFIXES = {"json": ".json", "ndjson": ".ndjson", "markdown": ".md", "text": ".txt", "html": ".html", "jsonld": ".jsonld"}
ERROR_SUFFIX = ".error.json"
PAGE_SUFFIXES = (".gz", ".html", ".htm", ".xhtml")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="articlekit convert",
        description="Convert many pages: one record per input, as NDJSON or one file per input.",
        epilog="Exit status: 0 all inputs converted, 1 some failed (error records written), "
        "2 usage error, 130 interrupted. See docs/batch.md.",
    )
    parser.add_argument("inputs", nargs="*", metavar="INPUT", help="files, directories, WARC files; '-' reads stdin")
    parser.add_argument("--from-list", metavar="FILE", help="read more inputs from FILE, one per line ('-': stdin)")
    parser.add_argument("-o", "--output", metavar="OUT", help="NDJSON output file ('-' or absent: stdout)")
    parser.add_argument("--out-dir", metavar="DIR", type=Path, help="write one file per input into DIR instead")
    parser.add_argument(
        "-f", "--format", choices=sorted(available_serializers()),
        help="format of the --out-dir files (default json); with -o only ndjson",
    )
    parser.add_argument(
        "--glob", action="append", metavar="PATTERN",
        help=f"file names to take in directories (repeatable; default: {' '.join(DEFAULT_GLOBS)})",
    )
    parser.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (default 1)")
    parser.add_argument("--chunk-size", type=int, default=DEFAULT_CHUNK_SIZE, metavar="N", help=argparse.SUPPRESS)
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line")
    return parser


class Sink(Protocol):
    def write(self, outcome: Outcome) -> None: ...
    def close(self) -> None: ...


class NdjsonSink:
    """Records as lines of one stream. Each record is one ``write`` of a whole line, and a
    Ctrl-C never interrupts a write (it only sets a flag), so the file is valid NDJSON."""

    def __init__(self, stream: BinaryIO, owned: bool) -> None:
        self._stream = stream
        self._owned = owned

    def write(self, outcome: Outcome) -> None:
        self._stream.write(outcome.text.encode("utf-8"))

    def close(self) -> None:
        self._stream.flush()
        if self._owned:
            self._stream.close()


class DirectorySink:
    """One file per input under ``root``: the input's relative name with the format's suffix,
    or ``.error.json`` holding the error record."""

    def __init__(self, root: Path, suffix: str) -> None:
        self._root = root
        self._suffix = suffix

    def write(self, outcome: Outcome) -> None:
        path = self._root / output_name(outcome.out_name, self._suffix if outcome.ok else ERROR_SUFFIX)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(outcome.text, encoding="utf-8")

    def close(self) -> None:
        pass


def output_name(out_name: str, suffix: str) -> str:
    """``world/story.html.gz`` -> ``world/story.json``.

    >>> output_name("world/story.html.gz", ".md")
    'world/story.md'
    """
    base = out_name or "page"
    for page_suffix in PAGE_SUFFIXES:
        if base.lower().endswith(page_suffix) and len(base) > len(page_suffix):
            base = base[: -len(page_suffix)]
    return base + suffix


@attrs.define
class Tally:
    """What the summary line reports."""

    pages: int = 0
    articles: int = 0
    errors: int = 0

    def add(self, outcome: Outcome) -> None:
        self.pages += 1
        if outcome.ok:
            self.articles += 1
        else:
            self.errors += 1


def main(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    problem = _usage_problem(args)
    if problem:
        parser.error(problem)  # exits with status 2
    try:
        sink = _open_sink(args)
    except OSError as exc:
        print(f"articlekit convert: cannot write {exc.filename or args.output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    stop = threading.Event()
    # Ctrl-C only sets the flag: the loop ends between two records, never inside a write.
    previous = signal.signal(signal.SIGINT, lambda signum, frame: stop.set())
    started = time.monotonic()
    tally = Tally()
    try:
        _run(args, sink, stop, tally)
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_SOME_FAILED
    finally:
        signal.signal(signal.SIGINT, previous)
        try:
            sink.close()
        except BrokenPipeError:
            _silence_stdout()
    if not args.quiet:
        print(_summary(tally, time.monotonic() - started, stop.is_set()), file=sys.stderr)
    if stop.is_set():
        return EXIT_INTERRUPTED
    return EXIT_SOME_FAILED if tally.errors else EXIT_OK


def _usage_problem(args: argparse.Namespace) -> str | None:
    if not args.inputs and not args.from_list:
        return "give inputs (files, directories, '-') or --from-list FILE"
    if args.output and args.out_dir:
        return "-o and --out-dir exclude each other: one NDJSON stream, or one file per input"
    if args.out_dir is None and args.format not in (None, *NDJSON_FORMATS):
        return f"-o writes NDJSON; for --format {args.format} give --out-dir DIR (one file per input)"
    if args.jobs < 1 or args.chunk_size < 1:
        return "--jobs and --chunk-size take a number of at least 1"
    stdin_uses = args.inputs.count("-") + (args.from_list == "-")
    if stdin_uses > 1:
        return "stdin ('-') can be read once: as one input or as --from-list -"
    return None


def _open_sink(args: argparse.Namespace) -> Sink:
    if args.out_dir is not None:
        args.out_dir.mkdir(parents=True, exist_ok=True)
        fmt = args.format or "json"
        return DirectorySink(args.out_dir, SUFFIXES.get(fmt, "." + fmt))
    if args.output in (None, "-"):
        return NdjsonSink(sys.stdout.buffer, owned=False)
    return NdjsonSink(open(args.output, "wb"), owned=True)


def _run(args: argparse.Namespace, sink: Sink, stop: threading.Event, tally: Tally) -> None:
    globs = tuple(args.glob or DEFAULT_GLOBS)
    # None: the NDJSON record; a format name: the page in that format, for --out-dir.
    fmt = (args.format or "json") if args.out_dir is not None else None
    items = iter_items(_inputs(args), globs, read_stdin=sys.stdin.buffer.read)
    work = partial(convert_chunk, format=fmt)
    progress = _progress(args, globs)
    with closing(ordered_map(work, items, args.jobs, args.chunk_size, stop)) as outcomes:
        for outcome in outcomes:
            sink.write(outcome)
            tally.add(outcome)
            if progress:
                progress.update(tally.pages, tally.errors)
            if stop.is_set():
                break
    if progress:
        progress.close()


def _inputs(args: argparse.Namespace) -> Iterator[str]:
    """The named inputs, then those of ``--from-list``, read one line at a time."""
    yield from args.inputs
    if args.from_list:
        yield from _list_lines(args.from_list)


def _list_lines(name: str) -> Iterator[str]:
    stream = sys.stdin if name == "-" else open(name, encoding="utf-8")
    try:
        for line in stream:
            if line.strip():
                yield line.rstrip("\r\n")
    finally:
        if stream is not sys.stdin:
            stream.close()


def _progress(args: argparse.Namespace, globs: tuple[str, ...]) -> Progress | None:
    """A progress bar when stderr is a terminal. The total comes from a first, cheap pass over
    the file names (none when a WARC file or a list on stdin makes it unknowable)."""
    if args.quiet or not sys.stderr.isatty():
        return None
    total = None if args.from_list == "-" else count_pages(_inputs(args), globs)
    return Progress(sys.stderr, total)


def _summary(tally: Tally, seconds: float, interrupted: bool) -> str:
    rate = tally.pages / seconds if seconds > 0 else 0.0
    text = (
        f"articlekit convert: {tally.pages} pages, {tally.articles} articles, {tally.errors} errors "
        f"in {seconds:.1f} s ({rate:.1f} pages/s)"
    )
    if interrupted:
        text += " - interrupted; the output holds the records written so far"
    return text


def _silence_stdout() -> None:
    # The reader went away (e.g. '| head'): point stdout at /dev/null so that Python's own
    # flush at exit does not print a second error.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
