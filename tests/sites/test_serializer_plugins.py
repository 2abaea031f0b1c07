"""Serializer plugins (entry-point group ``articlekit.serializers``), the same mechanism as sites."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from articlekit import Article, UnknownFormatError, serialize
from articlekit.serialize import registry


@pytest.fixture
def plugins(installed_plugins: Callable[..., list[str]]) -> Iterator[None]:
    installed_plugins(
        [
            ("upper", lambda a: (a.headline or "").upper()),
            ("broken", ImportError("missing dependency")),
            ("json", lambda a: "hijacked"),
            ("constant", "not a function"),
        ]
    )
    registry.plugin_serializers.cache_clear()
    yield
    registry.plugin_serializers.cache_clear()


def test_plugin_format_is_found_and_broken_one_warns(plugins: None) -> None:
    with pytest.warns(RuntimeWarning) as caught:
        assert serialize(Article(headline="Rates held"), "upper") == "RATES HELD"
    messages = [str(w.message) for w in caught]
    assert any("serializer plugin 'broken'" in m for m in messages)
    assert any("serializer plugin 'constant'" in m for m in messages)  # not a function: skipped, said
    assert serialize(Article(headline="x"), "json") != "hijacked"  # built-ins cannot be replaced
    with pytest.raises(UnknownFormatError, match="upper"):
        serialize(Article(), "yaml")
