"""What ``articlekit PAGE...`` and ``articlekit convert`` share: the extraction options
(``--rules``, ``--no-sites``, ``--include-captions``, ``--max-bytes``) and the worker function.

The options travel to worker processes as an ``ExtractionSpec`` (plain values, picklable); each
process builds its ``Options`` from it once (``options_for``), since a registry of site rules
holds a lock and loaded rules and is not sent between processes.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import attrs

from ..batch.item import Item
from ..batch.records import Outcome, convert_item
from ..sites.errors import SiteRuleError
from ..options import DEFAULT_MAX_INPUT_BYTES, Options
from ..sites.loader import load_rule
from ..sites.registry import Registry

RULE_FILE = "rule.toml"


@attrs.frozen
class ExtractionSpec:
    """The command line's extraction options, as values a worker process can receive."""

    rules: tuple[str, ...] = ()
    sites: bool = True
    include_captions: bool = False
    max_bytes: int = DEFAULT_MAX_INPUT_BYTES


def add_extraction_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("extraction")
    group.add_argument(
        "--rules", action="append", metavar="PATH", default=[],
        help="a site rule (a rule.toml, or a folder holding rule.toml files) to use besides the "
        "installed ones; it wins on its domains (repeatable)",
    )
    group.add_argument("--no-sites", action="store_true", help="use no site rule: the generic extractor only")
    group.add_argument("--include-captions", action="store_true", help="keep figure captions in the body")
    group.add_argument(
        "--max-bytes", type=int, default=DEFAULT_MAX_INPUT_BYTES, metavar="N",
        help=f"refuse pages larger than N bytes (default {DEFAULT_MAX_INPUT_BYTES:,})",
    )


def spec_from(args: argparse.Namespace) -> ExtractionSpec:
    return ExtractionSpec(tuple(args.rules), not args.no_sites, args.include_captions, args.max_bytes)


def usage_problem(args: argparse.Namespace) -> str | None:
    """What is wrong with the extraction options, said for the user; None when nothing is."""
    if args.max_bytes < 1:
        return "--max-bytes takes a number of bytes, at least 1"
    if args.rules and args.no_sites:
        return "--rules and --no-sites exclude each other"
    for path in args.rules:
        if not rule_files(Path(path)):
            return f"--rules {path}: no {RULE_FILE} there (give a rule.toml or a folder holding rule.toml files)"
    return None


def rule_files(path: Path) -> list[Path]:
    """The rule files ``path`` names: itself when it is a file, else the ``rule.toml`` files in
    the folder and its subfolders (one folder per site), sorted."""
    if path.is_file():
        return [path]
    if path.is_dir():
        return sorted(path.rglob(RULE_FILE))
    return []


@functools.lru_cache(maxsize=4)
def options_for(spec: ExtractionSpec) -> Options:
    """The ``Options`` of a spec; ``SiteRuleError`` names a rule file that cannot be read. Built
    once per process and spec (loading rules is the costly part)."""
    registry = None
    if spec.rules:
        registry = Registry(load_rule(file) for path in spec.rules for file in rule_files(Path(path)))
    options = Options(
        max_input_bytes=spec.max_bytes, include_captions=spec.include_captions, site_extractors=spec.sites
    )
    return attrs.evolve(options, registry=registry) if registry is not None else options


def check_rules(spec: ExtractionSpec) -> str | None:
    """Why the spec's rules cannot be loaded (the file and the problem), or None: checked once up
    front, so that a bad rule stops the run before any page instead of failing every page."""
    try:
        options_for(spec)
    except SiteRuleError as exc:
        return str(exc)
    return None


def convert_chunk_with(spec: ExtractionSpec, items: Sequence[Item], format: str | None = None) -> list[Outcome]:
    """``convert_item`` over a chunk with the spec's options: the unit of work of a worker."""
    options = options_for(spec)
    return [convert_item(item, format, options) for item in items]


def usable_cores() -> int:
    """The CPU cores this process may run on (its affinity mask where the system has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def silence_stdout() -> None:
    """After a broken pipe (the reader went away, e.g. ``| head``): point stdout at /dev/null so
    that Python's own flush at exit does not print a second error."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
