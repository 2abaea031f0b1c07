"""Loading extensions from installed packages through entry points, the same way for every kind.

Site rules (group ``articlekit.sites``) and serializers (``articlekit.serializers``) are both
found here. A plugin that fails to load, or loads something of the wrong kind, is skipped with a
``RuntimeWarning`` naming it: one broken package must not break every extraction. This module
imports nothing else of ours, so any layer may use it.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Container, Iterator
from typing import TypeVar

T = TypeVar("T")


def load_plugins(
    group: str, kind: str, convert: Callable[[object], T], skip: Container[str] = ()
) -> Iterator[tuple[str, T]]:
    """(entry-point name, converted object) for each plugin of ``group`` that loads.

    ``convert`` turns what the entry point loads into the kind wanted, raising when it cannot;
    entry points whose name is in ``skip`` are not loaded at all.

    >>> list(load_plugins("articlekit.no-such-group", "test", str))
    []
    """
    # Imported on first use: importlib.metadata costs a fifth of articlekit's import time, and
    # most processes never look for plugins.
    from importlib import metadata

    for entry in metadata.entry_points(group=group):
        if entry.name in skip:
            continue
        try:
            yield entry.name, convert(entry.load())
        except Exception as exc:  # a broken plugin is reported and skipped, never fatal
            warnings.warn(
                f"articlekit: {kind} plugin {entry.name!r} ({entry.value}) could not be loaded and "
                f"is skipped: {type(exc).__name__}: {exc}",
                RuntimeWarning,
                stacklevel=3,
            )
