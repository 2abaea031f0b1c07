"""``articlekit site new DOMAIN PAGE.html`` and ``articlekit site check DOMAIN PAGE.html...``.

``new`` drafts a rule folder (``rule.toml``, ``fixture.html``, ``expected.json``) from what the
generic extractor finds on the page; ``check`` shows, per field, which selector of the domain's
rule matched and how many nodes each selector matched (zero or several earns a warning).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

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
from .scaffold import guess_container, guess_selectors

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2
# Fields drafted by ``site new`` in this order (the rule file reads like the page).
DRAFT_FIELDS = ("headline", "section", "byline", "authors", "published")


DESCRIPTION = "Write and check site rules."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    commands = parser.add_subparsers(dest="site_command", metavar="COMMAND", title="commands")
    new = commands.add_parser("new", help="draft a rule folder from one page of the site")
    new.add_argument("domain", help="the site's domain, e.g. example.com")
    new.add_argument("page", type=Path, help="a saved article page of the site")
    new.add_argument("--url", help="the page's URL (default: https://DOMAIN/)")
    new.add_argument("--name", help="the rule's name (default: the domain with '_' for '.')")
    new.add_argument("--out", type=Path, default=Path("sites"), help="parent folder (default: ./sites)")
    check = commands.add_parser(
        "check", help="show which selectors of the domain's rule match",
        epilog="Exit status: 0 every field matched and no selector warned, 1 otherwise (a CI gate).",
    )
    check.add_argument("domain", help="the site's domain, e.g. example.com")
    check.add_argument("pages", nargs="+", type=Path, help="saved pages of the site")
    check.add_argument("--rule", type=Path, help="a rule.toml to check instead of the installed rule")
    parser.set_defaults(run=run, site_parser=parser)


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
        args.site_parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        if args.site_command == "new":
            return new(args.domain, args.page, args.url, args.name, args.out)
        return check(args.domain, args.pages, args.rule)
    except (ArticleKitError, OSError) as exc:
        print(f"articlekit site: {exc}", file=sys.stderr)
        return EXIT_PROBLEM


def _toml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def draft_rule(name: str, domain: str, root: Element, html: bytes, url: str) -> str:
    """The text of a ``rule.toml`` with the selectors the generic extractor's values sit in."""
    article = extract(html, url=url, options=Options(site_extractors=False))
    guessed = guess_selectors(root, article)
    lines = [
        "# Drafted by 'articlekit site new' from one page: check each selector on more pages",
        f"# with 'articlekit site check {domain} PAGE.html...', and delete the fields the generic",
        "# extractor already gets right.",
        f"name = {_toml_string(name)}",
        f"domains = [{_toml_string(domain)}]",
    ]
    for field in DRAFT_FIELDS:
        source = article.provenance.get(field, "none")
        if field not in guessed:
            lines += ["", f"# {field}: read by the generic extractor from {source}; no visible element found"]
            continue
        selector, attribute = guessed[field]
        lines += ["", f"[fields.{field}]", f"# generic value from {source}: {getattr(article, field)!s:.80}"]
        lines.append(f"selectors = [{_toml_string(selector)}]")
        if attribute:
            lines.append(f"attribute = {_toml_string(attribute)}")
    container = guess_container(root, article)
    lines += ["", "[body]"]
    lines.append(f"containers = [{_toml_string(container)}]" if container else "# containers = []  # none found")
    lines.append("clean = []")
    return "\n".join(lines) + "\n"


def new(domain: str, page: Path, url: str | None, name: str | None, out: Path) -> int:
    html = page.read_bytes()
    url = url or f"https://{domain}/"
    name = name or domain.lower().removeprefix("www.").replace(".", "_").replace("-", "_")
    folder = out / name
    if (folder / "rule.toml").exists():
        print(f"articlekit site: {folder / 'rule.toml'} exists; remove it or pick --name", file=sys.stderr)
        return EXIT_PROBLEM
    folder.mkdir(parents=True, exist_ok=True)
    root = parse(decode(html).text)
    (folder / "rule.toml").write_text(draft_rule(name, domain, root, html, url), encoding="utf-8")
    (folder / "fixture.html").write_bytes(html)
    rule = load_rule(folder / "rule.toml")
    registry_options = Options(registry=_registry_with(rule))
    article = extract(html, url=url, options=registry_options)
    (folder / "expected.json").write_text(to_json(article) + "\n", encoding="utf-8")
    print(f"wrote {folder}/rule.toml, fixture.html, expected.json")
    print("next: read rule.toml, check the golden values in expected.json by hand, and replace the")
    print("fixture's text with your own before publishing it (keep the page's structure).")
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
