"""Options: the one immutable object that carries every setting of an extraction."""

from __future__ import annotations

import attrs

from .sites.registry import DEFAULT_REGISTRY, Registry

#: Pages larger than this are refused before parsing: beyond it a page is almost surely not a
#: single article, and parsing it would cost seconds. Override with ``Options(max_input_bytes=...)``.
DEFAULT_MAX_INPUT_BYTES = 50 * 1024 * 1024

#: A JSON-LD script longer than this is not read (``Options(max_jsonld_chars=...)``).
DEFAULT_MAX_JSONLD_CHARS = 2_000_000


@attrs.frozen
class Options:
    """Settings of one ``extract`` call. Immutable: derive a variant with ``attrs.evolve``.

    >>> Options().max_input_bytes == 50 * 1024 * 1024
    True
    """

    max_input_bytes: int = DEFAULT_MAX_INPUT_BYTES
    """Inputs larger than this raise ``InputError``."""

    use_url: bool = True
    """Read hints (date, section) from the URL path as the weakest source."""

    include_captions: bool = False
    """Keep figure captions in the body as ``Caption`` blocks. Off by default: captions describe
    pictures, not the story, and most consumers (and corpora) count them as furniture."""

    detect_language: bool = True
    """When the page's markup declares no language, tell it from the story's text (provenance
    ``detected``)."""

    site_extractors: bool = True
    """Apply the site rule for the page's domain or template, when the registry has one."""

    registry: Registry = DEFAULT_REGISTRY
    """Where site rules are looked up: the built-ins and installed plugins by default; pass your
    own ``articlekit.sites.Registry`` to add rules at run time."""

    max_jsonld_chars: int = DEFAULT_MAX_JSONLD_CHARS
    """A JSON-LD script longer than this is not read (the page's other sources still are):
    metadata is a few kilobytes, and a multi-megabyte script costs seconds to load for nothing."""
