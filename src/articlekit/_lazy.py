"""Names a package exports but imports only when first used (PEP 562). The one lazy-import pattern.

``import articlekit`` must stay quick (well under 150 ms): a CLI's ``--help``, a program that
only reads stored Articles back, a worker pool's start all pay it. So the package's top level
imports its value types (``Article`` and the blocks, ``Options``, the errors) and leaves the
extraction and serialization machinery (lxml, the sources, the field readers with their hundreds
of regular expressions, the site rules, the serializers) to the first call that needs it::

    __getattr__, __dir__ = lazy_exports(__name__, globals(), {"extract": ".pipeline"})

``articlekit.extract`` and ``from articlekit import extract`` then import ``articlekit.pipeline``
on first access and give its very ``extract`` (same object, signature and docstring), which is
stored in the package so that later accesses are plain attribute reads at no cost. The names
are also imported under ``typing.TYPE_CHECKING`` beside the call, for type checkers and readers.
Inside the library, modules import what they use as usual; this is for package entry points.
``tests/test_import_cost.py`` checks which subsystems ``import articlekit`` leaves unloaded.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, MutableMapping
from importlib import import_module


def lazy_exports(
    package: str, namespace: MutableMapping[str, object], where: Mapping[str, str]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of ``package``, whose ``namespace`` (its ``globals()``)
    gets each name of ``where`` (name -> relative module holding it) on first access."""

    def __getattr__(name: str) -> object:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(module, package), name)
        namespace[name] = value  # later accesses no longer come here
        return value

    def __dir__() -> list[str]:
        return sorted({*namespace, *where})

    return __getattr__, __dir__
