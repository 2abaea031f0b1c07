"""Fake installed plugins for the registry tests: entry points that load a given object or fail."""

from __future__ import annotations

import importlib.metadata
from collections.abc import Callable, Sequence
from typing import Any

import pytest


class FakeEntryPoint:
    """Stands in for ``importlib.metadata.EntryPoint``: ``load`` returns the target or raises it."""

    def __init__(self, name: str, target: Any) -> None:
        self.name, self.value, self._target = name, f"plugin:{name}", target

    def load(self) -> Any:
        if isinstance(self._target, Exception):
            raise self._target
        return self._target


@pytest.fixture
def installed_plugins(monkeypatch: pytest.MonkeyPatch) -> Callable[[Sequence[tuple[str, Any]]], list[str]]:
    """Install fake plugins: ``installed_plugins([(name, target), ...])``. Returns the list of
    groups looked up, so a test can check when (and whether) entry points were read."""
    groups: list[str] = []

    def install(plugins: Sequence[tuple[str, Any]]) -> list[str]:
        entries = [FakeEntryPoint(name, target) for name, target in plugins]

        def entry_points(group: str) -> list[FakeEntryPoint]:
            groups.append(group)
            return entries

        monkeypatch.setattr(importlib.metadata, "entry_points", entry_points)
        return groups

    return install
