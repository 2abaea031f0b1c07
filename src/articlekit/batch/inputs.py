"""The inputs of a batch, found lazily: files, directories (recursive), ``-`` and WARC records.

Nothing here holds the list of inputs: each generator yields one ``Item`` at a time, so a batch
of a million pages costs no more memory than a batch of ten. Directory entries are sorted, so
the order of the records (and of the output) is the same on every run.

Every input name gives exactly one Item (or one per page of a WARC file):

- a name that is not valid UTF-8 (Python holds its bytes as surrogate escapes) keeps its exact
  bytes for opening the file, and its record's ``"input"`` shows the bad bytes as ``\\xNN``
  escapes (``display_name``), so that every record is valid UTF-8 JSON;
- a special file (FIFO, socket, device) that is named or matches a glob gives an error Item,
  found with ``stat`` before anything opens it, so that it never blocks the batch.
"""

from __future__ import annotations

import os
import stat
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from fnmatch import fnmatch

from ..errors import InputError
from .item import Item
from .read import not_regular_message, too_large_message
from .warc import DEFAULT_MAX_RECORD_BYTES, is_warc, warc_items

# ``*.htm*`` takes .htm, .html, .html.gz and wget's numbered copies (.html.1); ``*.html.gz`` is
# named too so that a user who narrows one pattern sees the gzip case is meant.
DEFAULT_GLOBS: tuple[str, ...] = ("*.htm*", "*.html.gz", "*.shtml", "*.xhtml")
# With the default globs, a file of a directory walk whose name says nothing (no extension, as
# wget saves "story"), or names a server script ("page.php?id=1" as saved by a mirror), is taken
# when its first bytes are HTML. Other files are passed over, and counted.
SNIFFED_SUFFIXES: frozenset[str] = frozenset({
    "", ".php", ".php3", ".asp", ".aspx", ".jsp", ".jspx", ".cfm", ".cgi", ".pl", ".do", ".action", ".nsf",
})
# What the first bytes of an HTML page hold (lowercased), one of them at least.
HTML_OPENINGS: tuple[bytes, ...] = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<title")
SNIFF_BYTES = 1024
STDIN = "-"
# An input naming one of these is a URL, not a file (when no such file exists).
URL_SCHEMES = ("http://", "https://")


def iter_items(
    inputs: Iterable[str],
    globs: Sequence[str] = DEFAULT_GLOBS,
    read_stdin: Callable[[int], bytes] | None = None,
    max_record_bytes: int | None = None,
    all_statuses: bool = False,
    passed_over: Callable[[str], None] | None = None,
) -> Iterator[Item]:
    """Every page of ``inputs``: one Item per file, per stdin, and per page record of a WARC file.

    ``read_stdin(n)`` reads at most ``n`` bytes of ``-`` (the caller's stdin, e.g.
    ``sys.stdin.buffer.read``; a library never reads it by itself); ``max_record_bytes`` bounds
    what is held in memory of one page read here, a WARC record or stdin (default 50 MB): stdin
    holding more gives an error Item after ``max_record_bytes + 1`` bytes are read. A WARC
    response that is not 2xx gives an Item with ``skip`` set, unless ``all_statuses``.
    ``passed_over(path)`` is called for each file of a directory that is not taken.
    """
    limit = max_record_bytes or DEFAULT_MAX_RECORD_BYTES
    for item, explicit in _walk(inputs, globs, read_stdin, limit, passed_over):
        if item.path is not None and item.error is None and is_warc(item.path, sniff=explicit):
            yield from warc_items(item, max_record_bytes, all_statuses)
        else:
            yield item


def iter_paths(inputs: Iterable[str], globs: Sequence[str] = DEFAULT_GLOBS) -> Iterator[str]:
    """The paths of the files ``inputs`` name (directories walked), in batch order: what to give
    an engine such as Dask so that it converts the same pages as ``articlekit convert``.

    >>> import tempfile
    >>> from pathlib import Path
    >>> folder = Path(tempfile.mkdtemp())
    >>> for name in ("b.html", "a.html", "notes.txt"):
    ...     _ = (folder / name).write_text("<p>page</p>")
    >>> [Path(p).name for p in iter_paths([str(folder)])]
    ['a.html', 'b.html']
    """
    for item, _ in _walk((name for name in inputs if name != STDIN), globs, None, DEFAULT_MAX_RECORD_BYTES):
        if item.path is not None:
            yield item.path


def count_pages(inputs: Iterable[str], globs: Sequence[str] = DEFAULT_GLOBS) -> int | None:
    """How many records ``iter_items`` will give, or None when that cannot be known cheaply
    (a WARC file's pages are only known by reading it all)."""
    count = 0
    for item, explicit in _walk(inputs, globs, None, DEFAULT_MAX_RECORD_BYTES):
        if item.path is not None and item.error is None and is_warc(item.path, sniff=explicit):
            return None
        count += 1
    return count


def fetch_message(url: str) -> str:
    """What to say of a URL given as an input: articlekit reads pages, it does not fetch them.

    >>> fetch_message("https://example.com/a")
    "articlekit does not fetch pages: save the page first, or pipe it in: curl -sL 'https://example.com/a' | articlekit - --url 'https://example.com/a'"
    """
    quoted = "'" + url.replace("'", "'\\''") + "'"
    return f"articlekit does not fetch pages: save the page first, or pipe it in: curl -sL {quoted} | articlekit - --url {quoted}"


def display_name(name: str) -> str:
    """``name`` as valid UTF-8 text: the bytes of a file name that are not UTF-8 (which Python
    holds as surrogate escapes) shown as ``\\xNN``, so that a record naming it is valid JSON.

    >>> import os
    >>> display_name(os.fsdecode(b"caf\\xe9.html"))
    'caf\\\\xe9.html'
    >>> display_name("café.html")
    'café.html'
    """
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that is not an escaped byte
        return name.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")


def _walk(
    inputs: Iterable[str],
    globs: Sequence[str],
    read_stdin: Callable[[int], bytes] | None,
    limit: int,
    passed_over: Callable[[str], None] | None = None,
) -> Iterator[tuple[Item, bool]]:
    """Items of the named inputs, with whether each was named explicitly."""
    sniff = tuple(globs) == DEFAULT_GLOBS  # a user's own --glob is taken as it is
    for name in inputs:
        if name == STDIN:
            yield _stdin_item(read_stdin, limit), True
        elif os.path.isdir(name):
            for path, relative, mode in _walk_directory(name, globs, sniff, passed_over):
                yield _file_item(path, relative, mode), False
        else:
            # A missing or unreadable file still gives its Item: reading it fails in the worker
            # and the failure becomes this input's error record.
            mode = _mode(name)
            if mode is None and name.startswith(URL_SCHEMES):
                yield Item(name=display_name(name), out_name="page", error=("InputError", fetch_message(name))), True
                continue
            yield _file_item(name, os.path.basename(name), mode), True


def _file_item(path: str, out_name: str, mode: int | None) -> Item:
    """The Item of a file; an error Item for a special file (its ``stat`` mode says so), which is
    then never opened. ``mode`` None: unknown (missing, unreadable), left to the reading."""
    name = display_name(path)
    if mode is not None and not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        return Item(name=name, path=path, out_name=out_name, error=("InputError", not_regular_message(mode)))
    return Item(name=name, path=path, out_name=out_name)


def _mode(path: str) -> int | None:
    try:
        return os.stat(path).st_mode
    except (OSError, ValueError):  # missing, unreadable, or a name with a NUL byte
        return None


def _stdin_item(read_stdin: Callable[[int], bytes] | None, limit: int) -> Item:
    if read_stdin is None:
        return Item(name=STDIN, out_name="stdin", error=("InputError", "'-' (standard input) cannot be read here"))
    try:
        data = read_stdin(limit + 1)
    except InputError as exc:  # the reader knew the size (stdin redirected from a regular file)
        return Item(name=STDIN, out_name="stdin", error=("InputError", str(exc)))
    except OSError as exc:
        return Item(name=STDIN, out_name="stdin", error=(type(exc).__name__, f"cannot read standard input: {exc.strerror or exc}"))
    if len(data) > limit:
        # Refused here: the bytes are not sent to a worker, and no more of the stream is read.
        return Item(name=STDIN, out_name="stdin", error=("InputError", too_large_message(None, limit)))
    return Item(name=STDIN, data=data, out_name="stdin")


def _walk_directory(
    root: str, globs: Sequence[str], sniff: bool = False, passed_over: Callable[[str], None] | None = None
) -> Iterator[tuple[str, str, int | None]]:
    """(path, path relative to root, stat mode or None) of the matching files under ``root``,
    sorted, depth first; with ``sniff``, also the files whose name says nothing or names a
    server script and whose first bytes are HTML. ``passed_over`` hears of the others.

    Symlinked files are followed (a directory of links is a cheap way to make a batch); symlinked
    directories are not, so that a link cycle cannot make the walk endless.
    """
    stack = [""]
    while stack:
        relative_dir = stack.pop()
        directory = os.path.join(root, relative_dir) if relative_dir else root
        try:
            entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
        except OSError:
            # Unreadable directory: give it as an input, so reading it yields an error record.
            yield directory, relative_dir, None
            continue
        subdirectories = []
        for entry in entries:
            relative = os.path.join(relative_dir, entry.name) if relative_dir else entry.name
            if entry.is_dir(follow_symlinks=False):
                subdirectories.append(relative)
            elif any(fnmatch(entry.name, pattern) for pattern in globs) or (
                sniff and _sniffed_suffix(entry.name) and _starts_as_html(entry.path)
            ):
                yield os.path.join(root, relative), relative, _entry_mode(entry)
            elif passed_over is not None:
                passed_over(os.path.join(root, relative))
        stack.extend(reversed(subdirectories))


def _sniffed_suffix(name: str) -> bool:
    """Whether a file name says nothing of its content or names a server script.

    >>> [_sniffed_suffix(n) for n in ("story", "page.php?id=1", "index.aspx", "logo.png", ".hidden")]
    [True, True, True, False, False]
    """
    if name.startswith("."):
        return False
    stem, dot, suffix = name.partition("?")[0].rpartition(".")
    return (not dot and bool(suffix)) or f".{suffix.lower()}" in SNIFFED_SUFFIXES


def _starts_as_html(path: str) -> bool:
    """Whether the file's first bytes (gunzipped if need be) open an HTML page. A special file
    (FIFO, device) is never opened here: it is named in the walk's error record instead."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        with open(path, "rb") as file:
            head = file.read(SNIFF_BYTES)
        if head[:2] == b"\x1f\x8b":
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, SNIFF_BYTES)
    except (OSError, ValueError, zlib.error):
        return False
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return any(opening in lowered for opening in HTML_OPENINGS)


def _entry_mode(entry: os.DirEntry[str]) -> int | None:
    """The mode of the file a directory entry names (links followed), None when it cannot be
    known (a broken link): reading it then gives the error record."""
    try:
        return entry.stat().st_mode
    except OSError:
        return None
