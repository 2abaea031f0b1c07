"""Finding the site rule for a page: by host, then parent domain, then from the page itself.

Rules come from three places, later ones winning on the same domain: the built-ins in
``sites/builtin/<name>/rule.toml``, installed plugins (entry-point group ``articlekit.sites``),
and rules a caller registers on its own ``Registry``. There is no global mutable state: the
default registry is read-only and built on first use; to add rules, make a registry and pass it
in ``Options(registry=...)``::

    registry = Registry()
    registry.register(my_rule)
    articlekit.extract(html, url, Options(registry=registry))
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import TYPE_CHECKING

import attrs

from ..plugins import load_plugins
from .errors import SiteRuleError

if TYPE_CHECKING:
    from ..dom.tree import Element
    from .rule import SiteRule

# ``Options`` holds the default registry, so this module is imported with ``articlekit``: the
# rules (their loader, selectors and field readers) and lxml are imported when rules are first
# needed, not here.

ENTRY_POINT_GROUP = "articlekit.sites"
"""Installed packages add rules under this entry-point group; each entry point names a
``SiteRule``, an iterable of them, or a callable returning either."""


@cache
def _generator_xpath() -> Callable[[Element], object]:
    """Reads the page's generator meta (once per lookup, and only when no domain matched)."""
    from lxml import etree

    return etree.XPath("string(/html/head/meta[@name='generator'][1]/@content)")


@cache
def builtin_rules() -> tuple[SiteRule, ...]:
    """The rules shipped in ``articlekit/sites/builtin``, read and compiled once per process."""
    from importlib.resources import files  # only when the rules are first needed
    from pathlib import Path

    from .loader import load_rule

    root = files("articlekit.sites") / "builtin"
    paths = sorted(Path(str(d)) / "rule.toml" for d in root.iterdir() if d.is_dir())
    return tuple(load_rule(p) for p in paths if p.is_file())


def plugin_rules() -> tuple[SiteRule, ...]:
    """Rules from installed packages; a plugin that fails to load is skipped with a warning."""
    return tuple(rule for _, rules in load_plugins(ENTRY_POINT_GROUP, "site", _as_rules) for rule in rules)


def _as_rules(obj: object) -> list[SiteRule]:
    from .rule import SiteRule

    if callable(obj) and not isinstance(obj, SiteRule):
        obj = obj()
    if isinstance(obj, SiteRule):
        return [obj]
    if isinstance(obj, Iterable) and all(isinstance(r, SiteRule) for r in obj):
        return list(obj)
    raise SiteRuleError(f"expected a SiteRule, an iterable of them or a callable returning one; got {obj!r}")


@attrs.frozen
class _Index:
    by_domain: Mapping[str, SiteRule]
    detecting: tuple[SiteRule, ...]
    by_name: Mapping[str, SiteRule]


def _index(rules: Iterable[SiteRule]) -> _Index:
    """Rules in increasing precedence: a later rule replaces an earlier one's domains and name."""
    by_domain: dict[str, SiteRule] = {}
    by_name: dict[str, SiteRule] = {}
    for rule in rules:
        by_name[rule.name] = rule
        for domain in rule.domains:
            by_domain[domain] = rule
    # Latest first, so a caller's own detecting rule is tried before the built-in one.
    detecting = tuple(r for r in reversed(by_name.values()) if r.detect.enabled)
    return _Index(by_domain, detecting, by_name)


def host_of(url: str | None) -> str | None:
    """The lower-cased host of a URL, without port and ``www.``.

    >>> host_of("https://WWW.Example.co.uk:443/a/b")
    'example.co.uk'
    """
    if not url or "//" not in url:
        return None
    host = url.split("//", 1)[1].split("/", 1)[0].split("?", 1)[0].rsplit("@", 1)[-1]
    host = host.split(":", 1)[0].strip(".").lower()
    return host.removeprefix("www.") or None


def _parents(host: str) -> Iterable[str]:
    """The host, then each parent domain with at least two labels."""
    labels = host.split(".")
    for i in range(len(labels) - 1):
        yield ".".join(labels[i:])


class Registry:
    """Site rules by domain and by page detection. Built-ins and plugins are read on first use.

    >>> from articlekit.sites import SiteRule
    >>> registry = Registry(builtins=False, plugins=False)
    >>> registry.register(SiteRule("example", ("example.com",)))
    >>> registry.lookup("news.example.com", None).name
    'example'
    """

    def __init__(
        self, rules: Iterable[SiteRule] = (), *, builtins: bool = True, plugins: bool = True, read_only: bool = False
    ) -> None:
        self._own: list[SiteRule] = list(rules)
        self._builtins = builtins
        self._plugins = plugins
        self._read_only = read_only
        self._lock = threading.Lock()
        self._built: _Index | None = None

    def register(self, rule: SiteRule) -> None:
        """Add a rule; it wins over built-ins and plugins on the same domain or name."""
        if self._read_only:
            raise SiteRuleError(
                "the default registry is read-only; make your own with registry = Registry(), "
                "register rules on it and pass Options(registry=registry)"
            )
        from .rule import SiteRule

        if not isinstance(rule, SiteRule):
            raise SiteRuleError(f"register() takes a SiteRule, not {type(rule).__name__}")
        with self._lock:
            self._own.append(rule)
            self._built = None

    def _index(self) -> _Index:
        built = self._built
        if built is None:
            with self._lock:
                if self._built is None:
                    layers = (builtin_rules() if self._builtins else ()) + (plugin_rules() if self._plugins else ())
                    self._built = _index([*layers, *self._own])
                built = self._built
        return built

    def rules(self) -> tuple[SiteRule, ...]:
        """Every rule in effect, by name."""
        return tuple(self._index().by_name.values())

    def get(self, name: str) -> SiteRule | None:
        """The rule with this name, if any."""
        return self._index().by_name.get(name)

    def for_host(self, host: str | None) -> SiteRule | None:
        """The rule serving this host or its nearest parent domain."""
        if not host:
            return None
        by_domain = self._index().by_domain
        for domain in _parents(host.removeprefix("www.")):
            rule = by_domain.get(domain)
            if rule is not None:
                return rule
        return None

    def lookup(self, host: str | None, root: Element | None) -> SiteRule | None:
        """The rule for a page: by host, then parent domain, then detection; else None."""
        rule = self.for_host(host)
        if rule is not None or root is None:
            return rule
        detecting = self._index().detecting
        if not detecting:
            return None
        generator = str(_generator_xpath()(root)).lower()
        return next((r for r in detecting if r.detects(root, generator)), None)


DEFAULT_REGISTRY = Registry(read_only=True)
"""The registry ``Options`` uses unless given another: built-ins and installed plugins."""
