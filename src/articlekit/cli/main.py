"""The ``articlekit`` command: one parser, three commands.

- ``articlekit [page] PAGE.html...``: extract articles from files or stdin and print them (the
  default command: ``page`` may be left out; a page file literally named ``convert`` or ``site``
  is read with ``articlekit ./convert``);
- ``articlekit convert INPUTS...``: many pages to NDJSON or one file each (``cli/convert.py``);
- ``articlekit site new|check``: work on site rules (``cli/site.py``).

Page mode reads its inputs as ``convert`` does (one reader, ``batch``): gzip files and gzip on
stdin, directories, WARC files. Exit status: 0 when every input gave an Article, 1 when any input
failed (each failure is one line on stderr, and the other inputs are still converted), 2 for bad
arguments. With several inputs and ``--format json``, each input gives one line (NDJSON) that
starts with its ``"input"``, an error record for a failed one, as ``convert`` writes them.

An input is read up to ``--max-bytes`` (50 MB) plus one byte, never whole: a larger file is
refused with its size, a larger stream (stdin, a pipe) as "more than" the limit.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import sys
from collections.abc import Sequence

import attrs

from .. import __version__
from ..batch import iter_items
from ..batch.read import read_bounded
from ..batch.records import Outcome
from ..serialize.registry import available_serializers
from . import convert, site
from .common import add_extraction_arguments, check_rules, convert_chunk_with, silence_stdout, spec_from, usage_problem

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
COMMANDS = ("page", "convert", "site")
TOP_FLAGS = frozenset({"-h", "--help", "-V", "--version"})
# How alike a mistyped word must be to a command to be taken for it ("conver" -> "convert").
TYPO_CUTOFF = 0.75


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="articlekit",
        description="Extract the article from news pages: headline, authors, dates, section, body.",
        epilog=f"Output formats (--format): {', '.join(sorted(available_serializers()))}. "
        "'articlekit PAGE.html' is short for 'articlekit page PAGE.html'. "
        "'articlekit COMMAND --help' tells more. articlekit never fetches: save pages first, or "
        "pipe them in: curl -sL URL | articlekit - --url URL",
    )
    parser.add_argument("-V", "--version", action="version", version=f"articlekit {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    page = commands.add_parser(
        "page", help="extract pages and print them (the default command)",
        description="Extract the article from pages and print it (JSON by default).",
        epilog="With several inputs and --format json, each input gives one line (NDJSON) that "
        "starts with its \"input\"; a failed input gives an error record.",
    )
    add_page_arguments(page)
    convert.add_arguments(commands.add_parser(
        "convert", help="convert many pages: one record per input (NDJSON, or one file each)",
        description=convert.DESCRIPTION, epilog=convert.EPILOG,
    ))
    site.add_arguments(commands.add_parser("site", help="write and check site rules", description=site.DESCRIPTION))
    return parser


def add_page_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "inputs", nargs="+", metavar="PAGE", help="HTML files (gzip too), directories, WARC files; '-' reads stdin"
    )
    parser.add_argument("--url", help="the page's URL (a hint for dates, sections and site rules); one input only")
    parser.add_argument(
        "-f", "--format", default="json", choices=sorted(available_serializers()), help="output format (default: json)"
    )
    add_extraction_arguments(parser)
    parser.set_defaults(run=run_pages, command_parser=parser)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not argv:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    first = argv[0]
    if first not in COMMANDS and first not in TOP_FLAGS:
        typo = _mistyped_command(first)
        if typo:
            parser.error(f"unknown command {first!r}: did you mean {typo!r}? (for a page file of that name: ./{first})")
        argv = ["page", *argv]
    args = parser.parse_args(argv)
    try:
        status: int = args.run(args, args.command_parser)
    except BrokenPipeError:  # the reader went away ('| head'): stop quietly
        silence_stdout()
        return EXIT_SOME_FAILED
    return status


def run_pages(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    problem = usage_problem(args)
    if args.url and len(args.inputs) > 1:
        problem = "--url applies to one input; give one page at a time"
    if args.inputs.count("-") > 1:
        problem = "stdin ('-') can be read once"
    if problem:
        parser.error(problem)
    spec = spec_from(args)
    problem = check_rules(spec)
    if problem:
        print(f"articlekit: {problem}", file=sys.stderr)
        return EXIT_USAGE
    one_per_line = len(args.inputs) > 1 and args.format == "json"
    items = iter_items(args.inputs, read_stdin=_read_stdin, max_record_bytes=spec.max_bytes)
    status = EXIT_OK
    for item in items:
        if item.skip is not None:  # a WARC response that is not 2xx: no page of the site's content
            print(f"articlekit: {item.name}: skipped ({item.skip})", file=sys.stderr)
            continue
        if args.url and not item.url:
            item = attrs.evolve(item, url=args.url)
        fmt = None if one_per_line else args.format
        outcome: Outcome = convert_chunk_with(spec, [item], format=fmt)[0]
        if not outcome.ok:
            status = EXIT_SOME_FAILED
            print(f"articlekit: {outcome.name}: {_error_message(outcome)}", file=sys.stderr)
            if not one_per_line:
                continue
        sys.stdout.write(outcome.text)
    sys.stdout.flush()
    return status


def _error_message(outcome: Outcome) -> str:
    try:
        return str(json.loads(outcome.text)["error"]["message"])
    except (ValueError, KeyError, TypeError):
        return outcome.text.strip()


def _read_stdin(count: int) -> bytes:
    return read_bounded(sys.stdin.buffer, count - 1)


def _mistyped_command(word: str) -> str | None:
    """The command ``word`` is a typo of, when it is no file or option and is close to one."""
    if word.startswith("-") or os.path.exists(word) or any(c in word for c in "./\\"):
        return None
    close = difflib.get_close_matches(word, COMMANDS, n=1, cutoff=TYPO_CUTOFF)
    return close[0] if close else None


if __name__ == "__main__":
    raise SystemExit(main())
