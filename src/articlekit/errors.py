"""Exceptions raised by articlekit.

Every error articlekit raises on purpose is an ``ArticleKitError``::

    ArticleKitError
    ├── InputError            the input cannot be read as a web page at all
    │   ├── EmptyInputError   nothing but whitespace
    │   └── NotHTMLError      bytes that are clearly another format (PDF, image, archive)
    ├── ExtractionError       an internal failure on one page (a bug: please report it)
    ├── SerializationError    an unknown format, or JSON that is not an Article
    ├── UnknownFormatError    (a SerializationError) no serializer by that name
    ├── WorkerDiedError       a batch's worker process died on one page (killed, out of memory)
    ├── PageTimeoutError      a batch's worker spent over its time bound on one page
    └── OutputError           a batch's output cannot be written (disk full, I/O error)

A page that is HTML but holds no article is *not* an error: ``extract`` returns an ``Article``
with an empty ``body``.
"""

from __future__ import annotations


class ArticleKitError(Exception):
    """Base class of every error articlekit raises on purpose.

    >>> import articlekit
    >>> try:
    ...     articlekit.extract(b"")
    ... except articlekit.ArticleKitError as exc:
    ...     print(type(exc).__name__)
    EmptyInputError
    """


class InputError(ArticleKitError, ValueError):
    """The input cannot be read as a web page.

    >>> import articlekit
    >>> articlekit.extract(b"<p>" + b"x" * 100 + b"</p>", options=articlekit.Options(max_input_bytes=50))
    Traceback (most recent call last):
      ...
    articlekit.errors.InputError: the page is 107 bytes, over the limit of 50; raise it with Options(max_input_bytes=...)
    """


class EmptyInputError(InputError):
    """The input is empty or only whitespace.

    >>> import articlekit
    >>> articlekit.extract(b"   ")
    Traceback (most recent call last):
      ...
    articlekit.errors.EmptyInputError: the page is empty (no bytes, or only whitespace)
    """


class NotHTMLError(InputError):
    """The input is another kind of file (PDF, image, archive...), not an HTML page.

    >>> import articlekit
    >>> try:
    ...     articlekit.extract(b"%PDF-1.7 ...")
    ... except articlekit.NotHTMLError:
    ...     print("not HTML")
    not HTML
    """


class ExtractionError(ArticleKitError):
    """articlekit failed on a page because of a bug of its own; the cause is chained.

    It exists so that a batch never meets an exception type it did not expect: report it with
    the page that caused it.

    >>> import articlekit
    >>> def extract_or_none(page):
    ...     try:
    ...         return articlekit.extract(page)
    ...     except articlekit.ExtractionError as exc:  # a bug: log exc.__cause__ with the page
    ...         return None
    ...     except articlekit.InputError:  # the page is not a page
    ...         return None
    >>> extract_or_none(b"") is None
    True
    """


class SerializationError(ArticleKitError):
    """An Article cannot be written in, or read back from, the requested format.

    >>> import articlekit
    >>> articlekit.from_json("[1, 2]")
    Traceback (most recent call last):
      ...
    articlekit.errors.SerializationError: an Article is a JSON object, got list
    """


class UnknownFormatError(SerializationError, KeyError):
    """No serializer is registered under the requested name.

    >>> import articlekit
    >>> articlekit.serialize(articlekit.Article(), "yaml")
    Traceback (most recent call last):
      ...
    articlekit.errors.UnknownFormatError: unknown format 'yaml'; known formats: html, json, jsonld, markdown, ndjson, text
    """

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "unknown format"


class WorkerDiedError(ArticleKitError):
    """A worker process of a batch died while converting one page, twice: the page was retried
    alone and killed its worker again (a crash, or the system's out-of-memory killer).

    The batch goes on; the page's record is an error record of this type. Look at the page, or
    give the machine more memory.
    """


class PageTimeoutError(ArticleKitError):
    """A worker process of a batch spent longer than its time bound on one page and was
    stopped (``articlekit convert --page-timeout``). The batch goes on; report the page.
    """


class OutputError(ArticleKitError):
    """The output of a batch cannot be written: a full disk, an I/O error, a quota.

    ``articlekit convert`` stops with exit status 3 and leaves whole records only.

    >>> str(OutputError("cannot write out.ndjson: No space left on device"))
    'cannot write out.ndjson: No space left on device'
    """
