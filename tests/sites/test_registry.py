"""The registry: host, parent domain, page detection; plugins; read-only default."""

from __future__ import annotations

import warnings
from importlib import metadata
from typing import Any

import lxml.html
import pytest

from articlekit.sites import DEFAULT_REGISTRY, Detection, Registry, Selector, SiteRule, SiteRuleError, host_of
from articlekit.sites import registry as registry_module

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


class _Entry:
    def __init__(self, name: str, target: Any) -> None:
        self.name, self.value, self._target = name, f"plugin:{name}", target

    def load(self) -> Any:
        if isinstance(self._target, Exception):
            raise self._target
        return self._target


def test_broken_plugin_warns_with_its_name(monkeypatch: pytest.MonkeyPatch) -> None:
    good = SiteRule("good", ("good.example",))
    entries = [_Entry("broken", ImportError("no module named nope")), _Entry("good", lambda: [good])]
    monkeypatch.setattr(registry_module.metadata, "entry_points", lambda group: entries)
    registry = Registry(builtins=False)
    with pytest.warns(RuntimeWarning, match="'broken'"):
        assert registry.for_host("good.example") is good


def test_plugins_are_loaded_lazily(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def entry_points(group: str) -> list[Any]:
        calls.append(group)
        return []

    monkeypatch.setattr(registry_module.metadata, "entry_points", entry_points)
    registry = Registry(builtins=False)
    assert calls == []
    registry.lookup("example.com", None)
    registry.lookup("example.org", None)
    assert calls == ["articlekit.sites"]


def test_real_entry_points_api_is_used() -> None:
    assert registry_module.metadata is metadata
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Registry(builtins=False).rules()
