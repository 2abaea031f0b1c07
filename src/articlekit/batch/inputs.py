"""The inputs of a batch, found lazily: files, directories (recursive), ``-`` and WARC records.

Nothing here holds the list of inputs: each generator yields one ``Item`` at a time, so a batch
of a million pages costs no more memory than a batch of ten. Directory entries are sorted, so
the order of the records (and of the output) is the same on every run.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from fnmatch import fnmatch

from .item import Item
from .warc import is_warc, warc_items

# ``*.htm*`` takes .htm, .html and .html.gz; ``*.html.gz`` is named too so that a user who
# narrows one pattern sees the gzip case is meant.
DEFAULT_GLOBS: tuple[str, ...] = ("*.htm*", "*.html.gz")
STDIN = "-"


def iter_items(
    inputs: Iterable[str],
    globs: Sequence[str] = DEFAULT_GLOBS,
    read_stdin: Callable[[], bytes] | None = None,
    max_record_bytes: int | None = None,
) -> Iterator[Item]:
    """Every page of ``inputs``: one Item per file, per stdin, and per page record of a WARC file.

    ``read_stdin`` reads ``-`` (the caller's stdin; a library never reads it by itself);
    ``max_record_bytes`` bounds what is read of one WARC record.
    """
    for item, explicit in _walk(inputs, globs, read_stdin):
        if item.path is not None and is_warc(item.path, sniff=explicit):
            yield from warc_items(item, max_record_bytes)
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
    for item, _ in _walk((name for name in inputs if name != STDIN), globs, None):
        if item.path is not None:
            yield item.path


def count_pages(inputs: Iterable[str], globs: Sequence[str] = DEFAULT_GLOBS) -> int | None:
    """How many records ``iter_items`` will give, or None when that cannot be known cheaply
    (a WARC file's pages are only known by reading it all)."""
    count = 0
    for item, explicit in _walk(inputs, globs, None):
        if item.path is not None and is_warc(item.path, sniff=explicit):
            return None
        count += 1
    return count


def _walk(
    inputs: Iterable[str], globs: Sequence[str], read_stdin: Callable[[], bytes] | None
) -> Iterator[tuple[Item, bool]]:
    """Items of the named inputs, with whether each was named explicitly."""
    for name in inputs:
        if name == STDIN:
            yield _stdin_item(read_stdin), True
        elif os.path.isdir(name):
            for path, relative in _walk_directory(name, globs):
                yield Item(name=path, path=path, out_name=relative), False
        else:
            # A missing or unreadable file still gives its Item: reading it fails in the worker
            # and the failure becomes this input's error record.
            yield Item(name=name, path=name, out_name=os.path.basename(name)), True


def _stdin_item(read_stdin: Callable[[], bytes] | None) -> Item:
    if read_stdin is None:
        return Item(name=STDIN, out_name="stdin", error=("InputError", "'-' (standard input) cannot be read here"))
    return Item(name=STDIN, data=read_stdin(), out_name="stdin")


def _walk_directory(root: str, globs: Sequence[str]) -> Iterator[tuple[str, str]]:
    """(path, path relative to root) of the matching files under ``root``, sorted, depth first.

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
            yield directory, relative_dir
            continue
        subdirectories = []
        for entry in entries:
            relative = os.path.join(relative_dir, entry.name) if relative_dir else entry.name
            if entry.is_dir(follow_symlinks=False):
                subdirectories.append(relative)
            elif any(fnmatch(entry.name, pattern) for pattern in globs):
                yield os.path.join(root, relative), relative
        stack.extend(reversed(subdirectories))
