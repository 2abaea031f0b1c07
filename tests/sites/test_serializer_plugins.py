"""Serializer plugins (entry-point group ``articlekit.serializers``), the same mechanism as sites."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from articlekit import Article, UnknownFormatError, serialize
from articlekit.serialize import registry


class _Entry:
    def __init__(self, name: str, target: Any) -> None:
        self.name, self.value, self._target = name, f"plugin:{name}", target

    def load(self) -> Any:
        if isinstance(self._target, Exception):
            raise self._target
        return self._target


@pytest.fixture
def plugins(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    entries = [
        _Entry("upper", lambda a: (a.headline or "").upper()),
        _Entry("broken", ImportError("missing dependency")),
        _Entry("json", lambda a: "hijacked"),
    ]
    monkeypatch.setattr(registry.metadata, "entry_points", lambda group: entries)
    registry.plugin_serializers.cache_clear()
    yield
    registry.plugin_serializers.cache_clear()


def test_plugin_format_is_found_and_broken_one_warns(plugins: None) -> None:
    with pytest.warns(RuntimeWarning, match="'broken'"):
        assert serialize(Article(headline="Rates held"), "upper") == "RATES HELD"
    assert serialize(Article(headline="x"), "json") != "hijacked"  # built-ins cannot be replaced
    with pytest.raises(UnknownFormatError, match="upper"):
        serialize(Article(), "yaml")
