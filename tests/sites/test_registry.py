"""The registry: host, parent domain, page detection; plugins; read-only default."""

from __future__ import annotations

import warnings
from collections.abc import Callable

import lxml.html
import pytest

import articlekit.plugins
from articlekit.sites import DEFAULT_REGISTRY, Detection, Registry, Selector, SiteRule, SiteRuleError, host_of

THEME = SiteRule("theme", detect=Detection(markers=(Selector("div#theme-site"),)))
PAGE = lxml.html.fromstring('<html><body><div id="theme-site"><p>x</p></div></body></html>')


def _registry(*rules: SiteRule) -> Registry:
    return Registry(rules, builtins=False, plugins=False)


def test_host_then_parent_domain_then_detection_then_none() -> None:
    site = SiteRule("site", ("example.com",))
    sub = SiteRule("sub", ("news.example.com",))
    registry = _registry(site, sub, THEME)
    assert registry.lookup("news.example.com", PAGE) is sub
    assert registry.lookup("sport.example.com", PAGE) is site
    assert registry.lookup("other.org", PAGE) is THEME
    assert registry.lookup("other.org", lxml.html.fromstring("<p>plain</p>")) is None
    assert registry.lookup(None, None) is None


def test_later_registration_wins() -> None:
    first, second = SiteRule("a", ("example.com",)), SiteRule("b", ("example.com",))
    registry = _registry(first)
    assert registry.for_host("example.com") is first
    registry.register(second)
    assert registry.for_host("example.com") is second


def test_default_registry_is_read_only() -> None:
    with pytest.raises(SiteRuleError, match="read-only"):
        DEFAULT_REGISTRY.register(SiteRule("x"))


def test_host_of() -> None:
    assert host_of("https://www.bbc.co.uk/news/1") == "bbc.co.uk"
    assert host_of("not a url") is None


def test_broken_plugin_warns_with_its_name(installed_plugins: Callable[..., list[str]]) -> None:
    good = SiteRule("good", ("good.example",))
    installed_plugins([("broken", ImportError("no module named nope")), ("good", lambda: [good])])
    registry = Registry(builtins=False)
    with pytest.warns(RuntimeWarning, match="site plugin 'broken'"):
        assert registry.for_host("good.example") is good


def test_plugin_of_the_wrong_kind_warns(installed_plugins: Callable[..., list[str]]) -> None:
    installed_plugins([("odd", 42)])
    with pytest.warns(RuntimeWarning, match="site plugin 'odd'.*expected a SiteRule"):
        assert Registry(builtins=False).rules() == ()


def test_plugins_are_loaded_lazily(installed_plugins: Callable[..., list[str]]) -> None:
    groups = installed_plugins([])
    registry = Registry(builtins=False)
    assert groups == []
    registry.lookup("example.com", None)
    registry.lookup("example.org", None)
    assert groups == ["articlekit.sites"]


def test_real_entry_points_api_is_used() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Registry(builtins=False).rules()
