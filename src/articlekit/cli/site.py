"""``articlekit site new DOMAIN PAGE.html...`` and ``articlekit site check DOMAIN PAGE.html...``.

``new`` drafts a rule folder (``rule.toml``, ``fixture.html``, ``expected.json``, and
``fixture-2.html``/``expected-2.json``... for further pages) from what the generic extractor
finds on the pages (see ``draft``); ``check`` shows, per field, which selector of the domain's
rule matched and how many nodes each selector matched (zero or several earns a warning).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

from ..dom.decode import decode
from ..dom.parse import parse
from ..dom.tree import Element
from ..errors import ArticleKitError
from ..options import Options
from ..pipeline import extract
from ..serialize.json import to_json
from ..sites.loader import load_rule
from ..sites.registry import DEFAULT_REGISTRY, Registry
from ..sites.rule import SiteRule
from ..sites.transform import LIST_FIELDS
from .draft import BODY, DRAFT_FIELDS, draft_rule, read_page, report_line

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


DESCRIPTION = "Write and check site rules."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    commands = parser.add_subparsers(dest="site_command", metavar="COMMAND", title="commands")
    new = commands.add_parser(
        "new", help="draft a rule folder from pages of the site",
        description="Draft a rule folder from one or more pages of the site. A selector is kept only when "
        "it matches on every page given, and written as a rule only for the fields you ask for "
        "(--expect, --keep): a field the generic extractor already gets is left to it, as a comment.",
    )
    new.add_argument("domain", help="the site's domain, e.g. example.com")
    new.add_argument("pages", nargs="+", type=Path, metavar="PAGE", help="saved article pages of the site (the more, the surer)")
    new.add_argument("--url", action="append", help="a page's URL, once per page in order (default: https://DOMAIN/)")
    new.add_argument("--name", help="the rule's name (default: the domain with '_' for '.')")
    new.add_argument("--out", type=Path, default=Path("sites"), help="parent folder (default: ./sites)")
    new.add_argument(
        "--expect", action="append", metavar="FIELD=VALUE",
        help="the value FIELD should have on the first page, where the generic extractor gets it wrong: "
        "a selector is drafted for the element showing it (repeatable)",
    )
    new.add_argument(
        "--keep", action="append", choices=(*DRAFT_FIELDS, BODY), metavar="FIELD",
        help="write FIELD's checked selector as a rule even when it gives the generic value or changes it "
        f"(repeatable; one of {', '.join((*DRAFT_FIELDS, BODY))})",
    )
    check = commands.add_parser(
        "check", help="show which selectors of the domain's rule match",
        epilog="Exit status: 0 every field matched and no selector warned, 1 otherwise (a CI gate).",
    )
    check.add_argument("domain", help="the site's domain, e.g. example.com")
    check.add_argument("pages", nargs="+", type=Path, help="saved pages of the site")
    check.add_argument("--rule", type=Path, help="a rule.toml to check instead of the installed rule")
    parser.set_defaults(run=run, command_parser=parser)


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``articlekit site`` alone (the ``site`` subcommand of ``cli.main``)."""
    parser = argparse.ArgumentParser(prog="articlekit site", description=DESCRIPTION)
    add_arguments(parser)
    return parser


def main(argv: Sequence[str]) -> int:
    parser = build_parser()
    return run(parser.parse_args(argv), parser)


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if args.site_command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        if args.site_command == "new":
            return new(args)
        return check(args.domain, args.pages, args.rule)
    except (ArticleKitError, OSError) as exc:
        print(f"articlekit site: {exc}", file=sys.stderr)
        return EXIT_PROBLEM


def _expected(values: Sequence[str]) -> dict[str, str]:
    expected: dict[str, str] = {}
    for item in values:
        field, sep, value = item.partition("=")
        if not sep or field.strip() not in DRAFT_FIELDS or not value.strip():
            raise ValueError(f"--expect takes FIELD=VALUE with FIELD one of {', '.join(DRAFT_FIELDS)}, not {item!r}")
        expected[field.strip()] = value.strip()
    return expected


def new(args: argparse.Namespace) -> int:
    domain: str = args.domain
    pages: list[Path] = args.pages
    urls: list[str] = args.url or []
    try:
        expected = _expected(args.expect or [])
    except ValueError as exc:
        print(f"articlekit site new: {exc}", file=sys.stderr)
        return EXIT_USAGE
    name = args.name or domain.lower().removeprefix("www.").replace(".", "_").replace("-", "_")
    folder: Path = args.out / name
    if (folder / "rule.toml").exists():
        print(f"articlekit site: {folder / 'rule.toml'} exists; remove it or pick --name", file=sys.stderr)
        return EXIT_PROBLEM
    if len(urls) > len(pages):
        print(f"articlekit site new: {len(urls)} --url for {len(pages)} page(s)", file=sys.stderr)
        return EXIT_USAGE
    read = [read_page(page, urls[i] if i < len(urls) else f"https://{domain}/") for i, page in enumerate(pages)]
    host = domain.lower().removeprefix("www.")
    for page in read:
        page_host = (urlsplit(page.url).hostname or "").removeprefix("www.")
        if page_host != host and not page_host.endswith("." + host):
            print(f"articlekit site new: warning: {page.url} is not on {domain}; the rule is not applied to it", file=sys.stderr)
    text, drafts = draft_rule(name, domain, read, expected, frozenset(args.keep or ()))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "rule.toml").write_text(text, encoding="utf-8")
    rule = load_rule(folder / "rule.toml")
    registry_options = Options(registry=_registry_with(rule))
    written = ["rule.toml"]
    for i, page in enumerate(read):
        suffix = "" if i == 0 else f"-{i + 1}"
        (folder / f"fixture{suffix}.html").write_bytes(page.html)
        article = extract(page.html, url=page.url, options=registry_options)
        (folder / f"expected{suffix}.json").write_text(to_json(article) + "\n", encoding="utf-8")
        written += [f"fixture{suffix}.html", f"expected{suffix}.json"]
    print(f"wrote {folder}/: {', '.join(written)}")
    print(f"selectors checked on {len(read)} page(s) ({', '.join(str(p) for p in pages)}):")
    for draft in drafts:
        print(report_line(draft))
    active = [d.field for d in drafts if d.active]
    print(f"{len(active)} field(s) drafted as rules: {', '.join(active) or 'none (the generic extractor handles the others)'}")
    print("next: read rule.toml, check the golden values in expected*.json by hand, and replace the")
    print("fixtures' text with your own before publishing them (keep the pages' structure).")
    return EXIT_OK


def _registry_with(rule: SiteRule) -> Registry:
    registry = Registry()
    registry.register(rule)
    return registry


def check(domain: str, pages: Sequence[Path], rule_path: Path | None) -> int:
    host = domain.lower().removeprefix("www.")
    # A template rule (matched by markup, not domain) is named instead: 'site check wordpress_zox'.
    rule = load_rule(rule_path) if rule_path else DEFAULT_REGISTRY.for_host(host) or DEFAULT_REGISTRY.get(domain)
    if rule is None:
        print(f"articlekit site: no rule serves {domain}; give one with --rule rule.toml", file=sys.stderr)
        return EXIT_PROBLEM
    print(f"rule {rule.name!r}")
    warnings = 0
    for page in pages:
        root = parse(decode(page.read_bytes()).text)
        print(f"{page}:")
        warnings += _check_page(rule, root)
    print(f"{warnings} warning(s)")
    return EXIT_PROBLEM if warnings else EXIT_OK


def _check_page(rule: SiteRule, root: Element) -> int:
    """Print what each selector matches on the page; the number of warnings: a field none of
    whose selectors matched, a selector matching several nodes of a one-value field, no body
    container matched or one matching several. A fallback selector matching nothing while
    another of its field did is shown, not counted: that is what fallbacks are for."""
    warnings = 0
    found = rule.extract_fields(root)
    for field, field_rule in rule.fields:
        used = found.selectors.get(field)
        value = found.values.get(field)
        warnings += not used
        print(f"  {field}: {'from ' + used if used else 'WARNING: NO MATCH (generic value kept)'}" + (f" -> {value!s:.70}" if used else ""))
        for selector in field_rule.selectors:
            count = len(selector.select(root))
            several = count > 1 and field not in LIST_FIELDS
            warnings += several
            flag = "  WARNING: matches several nodes" if several else "  (matches nothing)" if count == 0 else ""
            print(f"    {count:3} x {selector}{flag}")
    counts = [(selector, len(selector.select(root))) for selector in rule.body.containers]
    if counts and not any(count for _, count in counts):
        warnings += 1
        print("  body: WARNING: no container matched (generic body kept)")
    for selector, count in counts:
        several = count > 1
        warnings += several
        flag = "  WARNING: matches several nodes" if several else "  (matches nothing)" if count == 0 else ""
        print(f"  body: {count:3} x {selector}{flag}")
    for selector in rule.body.clean:
        print(f"  clean: {len(selector.select(root)):3} x {selector}")
    return warnings
