"""``articlekit PAGE.html ...``: extract articles from files or stdin and print them.

``articlekit site new|check ...`` works on site rules (``cli/site.py``); ``articlekit convert
INPUTS...`` converts many pages to NDJSON or one file each (``cli/convert.py``). A page file
literally named ``site`` or ``convert`` is read with ``articlekit ./site``.

Exit status: 0 when every input gave an Article, 1 when any input failed (each failure is one
line on stderr, and the other inputs are still converted), 2 for bad arguments.

An input is read up to ``Options.max_input_bytes`` (50 MB) plus one byte, never whole: a larger
file is refused with its size, a larger stream (stdin, a pipe) as "more than" the limit.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ..batch.read import read_bounded
from ..errors import ArticleKitError
from ..options import DEFAULT_MAX_INPUT_BYTES
from ..pipeline import extract
from ..serialize.json import to_json
from ..serialize.registry import available_serializers, serialize
from . import convert, site

EXIT_OK = 0
EXIT_SOME_FAILED = 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="articlekit",
        description="Extract the article from news pages and print it (JSON by default).",
        epilog="With several inputs and --format json, each Article is printed on one line (NDJSON).",
    )
    parser.add_argument("inputs", nargs="+", metavar="PAGE", help="HTML files to read; '-' reads stdin")
    parser.add_argument("--url", help="the page's URL (a hint for dates and sections); one input only")
    parser.add_argument(
        "-f", "--format", default="json", choices=sorted(available_serializers()), help="output format (default: json)"
    )
    return parser


SITE_COMMANDS = frozenset({"new", "check"})


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) >= 2 and argv[0] == "site" and argv[1] in SITE_COMMANDS | {"-h", "--help"}:
        return site.main(argv[1:])
    if argv and argv[0] == "convert":
        return convert.main(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.url and len(args.inputs) > 1:
        parser.error("--url applies to one input; give one page at a time")
    one_per_line = len(args.inputs) > 1 and args.format == "json"
    status = EXIT_OK
    for name in args.inputs:
        try:
            article = extract(_read(name), url=args.url)
        except (ArticleKitError, OSError) as exc:
            print(f"articlekit: {name}: {_describe(exc)}", file=sys.stderr)
            status = EXIT_SOME_FAILED
            continue
        text = to_json(article, indent=None) if one_per_line else serialize(article, args.format)
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    sys.stdout.flush()
    return status


def _read(name: str) -> bytes:
    """The page's bytes, at most the default size limit: ``InputError`` beyond it."""
    if name == "-":
        return read_bounded(sys.stdin.buffer, DEFAULT_MAX_INPUT_BYTES)
    with Path(name).open("rb") as file:
        return read_bounded(file, DEFAULT_MAX_INPUT_BYTES)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


if __name__ == "__main__":
    raise SystemExit(main())
