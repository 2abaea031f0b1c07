"""``articlekit convert INPUTS... -o OUT``: many pages to NDJSON (or one file per page).

Inputs are files, directories (walked recursively, files matching ``--glob``), ``-`` for stdin,
gzip files (recognised by their magic bytes) and WARC files (with the ``warc`` extra), or a list
of them in ``--from-list FILE``. Every input gives exactly one record, in input order: the
Article's JSON object with ``"input"`` first, or ``{"input": ..., "error": {"type", "message"}}``.

Exit status: 0 every input gave an Article; 1 some inputs failed (their error records are
written); 2 bad arguments or an output that cannot be opened; 3 the output could not be written
(a full disk, an I/O error): the run stopped, and the output holds whole records only, for the
inputs before the failure; 130 interrupted (Ctrl-C): the output holds whole records only, for
the inputs converted so far.

With ``--jobs`` 2 or more, a worker process that dies (killed, out of memory) or that spends over
``--page-timeout`` seconds on one page does not stop or hang the run: the inputs it held are run
again one at a time, and a page that kills its worker again gets an error record
(``WorkerDiedError``, ``PageTimeoutError``). See docs/batch.md.
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
from typing import BinaryIO

import attrs

from ..batch import DEFAULT_GLOBS, Outcome, iter_items, ordered_map
from ..batch.inputs import count_pages
from ..batch.item import Item
from ..batch.read import read_bounded
from ..batch.records import lost_outcome
from ..batch.sinks import DirectorySink, NdjsonSink, Sink
from ..errors import OutputError
from ..serialize.registry import available_serializers
from .common import ExtractionSpec, silence_stdout, usable_cores, add_extraction_arguments, check_rules, convert_chunk_with, spec_from, usage_problem
from .progress import Progress

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_OUTPUT_FAILED = 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for a command stopped by Ctrl-C

# Pages per task sent to a worker: ~10 ms each, so a chunk is a fraction of a second of work,
# large enough that the round trip is noise and small enough that the workers stay balanced.
DEFAULT_CHUNK_SIZE = 8
# Seconds a worker may spend on one page before it is stopped: pages take ~10 ms, a pathological
# one a few seconds; this is for a page that would never end.
DEFAULT_PAGE_TIMEOUT = 120.0
NDJSON_FORMATS = frozenset({"ndjson", "json"})
SUFFIXES = {"json": ".json", "ndjson": ".ndjson", "markdown": ".md", "text": ".txt", "html": ".html", "jsonld": ".jsonld"}


DESCRIPTION = "Convert many pages: one record per input, as NDJSON or one file per input."
EPILOG = (
    "Exit status: 0 all inputs converted, 1 some failed (error records written), "
    "2 usage error, 3 output could not be written (disk full, I/O error; the output keeps "
    "whole records only), 130 interrupted. See docs/batch.md."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
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
        help=f"file names to take in directories (repeatable; default: {' '.join(DEFAULT_GLOBS)}, and files "
        "with no extension or a server script's (.php, .asp...) whose first bytes are HTML)",
    )
    parser.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N",
        help="worker processes (default 1; 0: one per CPU core this process may use)",
    )
    parser.add_argument(
        "--page-timeout", type=float, default=DEFAULT_PAGE_TIMEOUT, metavar="SECONDS",
        help=f"with --jobs 2 or more, stop a worker that spends longer on one page; the page gets an "
        f"error record (default {DEFAULT_PAGE_TIMEOUT:g}; 0: no bound)",
    )
    parser.add_argument("--chunk-size", type=int, default=DEFAULT_CHUNK_SIZE, metavar="N", help=argparse.SUPPRESS)
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line")
    parser.add_argument(
        "--all-statuses", action="store_true",
        help="keep WARC responses whose HTTP status is not 2xx (redirects, error pages); by default "
        "they give no record and are counted in the summary",
    )
    add_extraction_arguments(parser)
    parser.set_defaults(run=run, command_parser=parser)


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``articlekit convert`` alone (the ``convert`` subcommand of ``cli.main``)."""
    parser = argparse.ArgumentParser(prog="articlekit convert", description=DESCRIPTION, epilog=EPILOG)
    add_arguments(parser)
    return parser


@attrs.define
class Tally:
    """What the summary line reports."""

    pages: int = 0
    articles: int = 0
    not_articles: int = 0
    """Pages read without error that hold no story (empty, a listing or home page)."""
    errors: int = 0
    skipped: int = 0
    """WARC responses that are not 2xx (redirects, error pages): no record."""
    passed_over: int = 0
    """Files of the directories walked that are not taken as pages (by name and first bytes)."""

    def pass_over(self, path: str) -> None:
        self.passed_over += 1

    def add(self, outcome: Outcome) -> None:
        self.pages += 1
        if not outcome.ok:
            self.errors += 1
        elif outcome.is_article:
            self.articles += 1
        else:
            self.not_articles += 1


def main(argv: Sequence[str]) -> int:
    parser = build_parser()
    return run(parser.parse_args(argv), parser)


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    problem = _usage_problem(args) or usage_problem(args)
    if problem:
        parser.error(problem)  # exits with status 2
    if args.jobs == 0:
        args.jobs = usable_cores()
    spec = spec_from(args)
    problem = check_rules(spec)
    if problem:
        print(f"articlekit convert: {problem}", file=sys.stderr)
        return EXIT_USAGE
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
    output_failed = False
    try:
        _run(args, spec, sink, stop, tally)
    except BrokenPipeError:
        silence_stdout()
        return EXIT_SOME_FAILED
    except OutputError as exc:
        print(f"articlekit convert: {exc}", file=sys.stderr)
        output_failed = True
    finally:
        signal.signal(signal.SIGINT, previous)
        try:
            sink.close()
        except BrokenPipeError:
            silence_stdout()
        except OutputError as exc:
            print(f"articlekit convert: {exc}", file=sys.stderr)
            output_failed = True
    if not args.quiet:
        print(_summary(tally, time.monotonic() - started, stop.is_set(), output_failed), file=sys.stderr)
    if output_failed:
        return EXIT_OUTPUT_FAILED
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
    if args.jobs < 0:
        return "--jobs takes a number of worker processes, at least 1 (0: one per CPU core)"
    if args.chunk_size < 1:
        return "--chunk-size takes a number of at least 1"
    if not args.page_timeout >= 0:  # also refuses nan
        return "--page-timeout takes a number of seconds, at least 0 (0: no bound)"
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
        # Unbuffered, on stdout's file descriptor: each record is written whole, or fails whole.
        sys.stdout.flush()
        try:
            fd = sys.stdout.fileno()
        except (OSError, ValueError):  # io.UnsupportedOperation: stdout replaced (tests, notebooks)
            return NdjsonSink(sys.stdout.buffer, owned=False, name="stdout")
        return NdjsonSink(open(fd, "wb", buffering=0, closefd=False), owned=True, name="stdout")
    return NdjsonSink(open(args.output, "wb", buffering=0), owned=True, name=args.output)


def _run(args: argparse.Namespace, spec: ExtractionSpec, sink: Sink, stop: threading.Event, tally: Tally) -> None:
    globs = tuple(args.glob or DEFAULT_GLOBS)
    # None: the NDJSON record; a format name: the page in that format, for --out-dir.
    fmt = (args.format or "json") if args.out_dir is not None else None
    listed = iter_items(
        _inputs(args), globs, read_stdin=_read_stdin, max_record_bytes=spec.max_bytes,
        all_statuses=args.all_statuses, passed_over=tally.pass_over,
    )
    items = without_skipped(listed, tally)
    work = partial(convert_chunk_with, spec, format=fmt)
    progress = _progress(args, globs)
    mapped = ordered_map(
        work, items, args.jobs, args.chunk_size, stop,
        on_lost=lost_outcome, item_seconds=args.page_timeout or None, report=_warn,
    )
    with closing(mapped) as outcomes:
        for outcome in outcomes:
            sink.write(outcome)
            tally.add(outcome)
            if progress:
                progress.update(tally.pages, tally.errors)
            if stop.is_set():
                break
    if progress:
        progress.close()


def without_skipped(items: Iterator[Item], tally: Tally) -> Iterator[Item]:
    """The items that give a record; the skipped ones (WARC responses that are not 2xx) are only
    counted."""
    for item in items:
        if item.skip is None:
            yield item
        else:
            tally.skipped += 1


def _inputs(args: argparse.Namespace) -> Iterator[str]:
    """The named inputs, then those of ``--from-list``, read one line at a time."""
    yield from args.inputs
    if args.from_list:
        yield from _list_lines(args.from_list)


def _list_lines(name: str) -> Iterator[str]:
    """The names of a list file, read as bytes: a name that is not UTF-8 (old crawls) keeps its
    bytes (as surrogate escapes, like a command-line argument) and names the right file."""
    stream: BinaryIO = sys.stdin.buffer if name == "-" else open(name, "rb")
    try:
        for line in stream:
            if line.strip():
                yield os.fsdecode(line.rstrip(b"\r\n"))
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def _read_stdin(count: int) -> bytes:
    """At most ``count`` bytes of stdin (``iter_items`` asks for its limit plus one): never the
    whole of a huge stream. Stdin redirected from a larger regular file is refused with its size."""
    return read_bounded(sys.stdin.buffer, count - 1)


def _warn(message: str) -> None:
    print(f"articlekit convert: {message}", file=sys.stderr)


def _progress(args: argparse.Namespace, globs: tuple[str, ...]) -> Progress | None:
    """A progress bar when stderr is a terminal. The total comes from a first, cheap pass over
    the file names (none when a WARC file or a list on stdin makes it unknowable)."""
    if args.quiet or not sys.stderr.isatty():
        return None
    total = None if args.from_list == "-" else count_pages(_inputs(args), globs)
    return Progress(sys.stderr, total)


def _summary(tally: Tally, seconds: float, interrupted: bool, output_failed: bool = False) -> str:
    rate = tally.pages / seconds if seconds > 0 else 0.0
    text = (
        f"articlekit convert: {tally.pages} pages: {tally.articles} articles, {tally.not_articles} with no article "
        f"(empty, listing or home pages), {tally.errors} errors "
        f"in {seconds:.1f} s ({rate:.1f} pages/s)"
    )
    if tally.passed_over:
        text += f"; {tally.passed_over} files in the directories passed over (not pages by name or first bytes; --glob takes them)"
    if tally.skipped:
        text += f"; {tally.skipped} WARC responses skipped (HTTP status not 2xx; --all-statuses keeps them)"
    if output_failed:
        text += " - stopped: the output could not be written"
    elif interrupted:
        text += " - interrupted; the output holds the records written so far"
    return text
