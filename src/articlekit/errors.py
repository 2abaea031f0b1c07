"""Exceptions raised by articlekit.

Every error articlekit raises on purpose is an ``ArticleKitError``::

    ArticleKitError
    ├── InputError            the input cannot be read as a web page at all
    │   ├── EmptyInputError   nothing but whitespace
    │   └── NotHTMLError      bytes that are clearly another format (PDF, image, archive)
    ├── ExtractionError       an internal failure on one page (a bug: please report it)
    ├── SerializationError    an unknown format, or JSON that is not an Article
    └── UnknownFormatError    (a SerializationError) no serializer by that name

A page that is HTML but holds no article is *not* an error: ``extract`` returns an ``Article``
with an empty ``body``.
"""

from __future__ import annotations


class ArticleKitError(Exception):
    """Base class of every error articlekit raises on purpose."""


class InputError(ArticleKitError, ValueError):
    """The input cannot be read as a web page."""


class EmptyInputError(InputError):
    """The input is empty or only whitespace."""


class NotHTMLError(InputError):
    """The input is another kind of file (PDF, image, archive...), not an HTML page."""


class ExtractionError(ArticleKitError):
    """articlekit failed on a page because of a bug of its own; the cause is chained.

    It exists so that a batch never meets an exception type it did not expect: report it with
    the page that caused it."""


class SerializationError(ArticleKitError):
    """An Article cannot be written in, or read back from, the requested format."""


class UnknownFormatError(SerializationError, KeyError):
    """No serializer is registered under the requested name."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "unknown format"
