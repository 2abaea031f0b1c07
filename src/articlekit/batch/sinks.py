"""Where a batch's records go: one NDJSON stream, or one file per input in a directory.

Both keep the output made of whole records only, even when writing fails:

- ``NdjsonSink`` writes each record with unbuffered writes and remembers where the last whole
  record ends; when a write fails (a full disk, an I/O error) and the output is a regular file,
  the file is cut back to that point, so no torn last line is left. The failure is raised as
  ``OutputError`` (a broken pipe stays a ``BrokenPipeError``: the reader went away).
- ``DirectorySink`` writes each file under a temporary name and renames it into place, so a
  file is whole or absent. Inputs whose output names would be the same (``a.html``, ``a.htm``
  and ``a.html.gz`` all strip to ``a``) each get their own file (``output_names``).
"""

from __future__ import annotations

import errno
import io
import itertools
import os
import stat
from pathlib import Path
from typing import BinaryIO, Protocol

from ..errors import OutputError
from .inputs import display_name
from .records import Outcome

ERROR_SUFFIX = ".error.json"
PAGE_SUFFIXES = (".gz", ".html", ".htm", ".xhtml")


class Sink(Protocol):
    """Takes the Outcomes of a batch, in order."""

    def write(self, outcome: Outcome) -> None: ...
    def close(self) -> None: ...


class NdjsonSink:
    """Records as lines of one stream, each written whole or (on a regular file) not at all.

    ``stream`` should be unbuffered (``open(path, "wb", buffering=0)``): a buffered stream may
    hold part of a record when a write fails. A Ctrl-C never interrupts a write (it only sets a
    flag), so the file is valid NDJSON.
    """

    def __init__(self, stream: BinaryIO, owned: bool, name: str = "the output") -> None:
        self._stream = stream
        self._owned = owned
        self._name = name
        self._regular = _is_regular(stream)
        self._whole_end = stream.tell() if self._regular else 0
        self.records = 0

    def write(self, outcome: Outcome) -> None:
        # backslashreplace: a lone surrogate (never made by articlekit) cannot stop the batch;
        # it is written as a \\uXXXX escape, and the line stays valid UTF-8.
        data = outcome.text.encode("utf-8", "backslashreplace")
        try:
            _write_all(self._stream, data)
            self._stream.flush()
            if self._regular:
                self._whole_end = self._stream.tell()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(self._failure(exc)) from exc
        self.records += 1

    def close(self) -> None:
        try:
            self._stream.flush()
            if self._owned:
                self._stream.close()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(f"cannot write {self._name}: {_reason(exc)} (when closing it); it may be incomplete") from exc

    def _failure(self, exc: OSError) -> str:
        """The message of a failed write, after cutting a regular file back to whole records."""
        text = f"cannot write {self._name}: {_reason(exc)}"
        if not self._regular:
            return f"{text}; the last record written may be cut short ({self.records} whole records before it)"
        try:
            os.ftruncate(self._stream.fileno(), self._whole_end)
        except OSError as cut:
            return f"{text}; the last record may be cut short (cutting it off failed: {_reason(cut)})"
        return f"{text}; it holds the {self.records} whole records written before the failure"


class DirectorySink:
    """One file per input under ``root``: its ``output_names`` name with the format's suffix, or
    ``.error.json`` holding the error record. Each file is written whole or not at all."""

    def __init__(self, root: Path, suffix: str) -> None:
        self._root = root
        self._suffix = suffix
        self._names = OutputNames()

    def write(self, outcome: Outcome) -> None:
        relative = self._names.claim(outcome.out_name, self._suffix if outcome.ok else ERROR_SUFFIX)
        path = self._root / relative
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _write_whole(path, outcome.text.encode("utf-8", "backslashreplace"))
        except OSError as exc:
            raise OutputError(
                f"cannot write {display_name(str(path))}: {_reason(exc)}; the files written before it are whole"
            ) from exc

    def close(self) -> None:
        """Nothing to do: each file is closed once written."""


class OutputNames:
    """The file names of ``--out-dir``, each given once per run.

    An input's name is its relative name without ``.gz``/``.html``/``.htm``/``.xhtml``, plus the
    suffix. When an earlier input of the run took that name, the full relative name plus the
    suffix is used, then ``NAME~2``, ``NAME~3``... Names differing only in case count as the same
    (the directory may be on a case-insensitive file system). Records come in input order
    whatever ``--jobs``, so the names are the same on every run. The names given are kept (about
    a hundred bytes each).

    >>> names = OutputNames()
    >>> [names.claim(n, ".json") for n in ("a.html", "a.htm", "a.html.gz", "A.html", "b.html")]
    ['a.json', 'a.htm.json', 'a.html.gz.json', 'A.html.json', 'b.json']
    >>> [names.claim(n, ".json") for n in ("a.html", "a.html")]
    ['a.html~2.json', 'a.html~3.json']
    """

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def claim(self, out_name: str, suffix: str) -> str:
        full = out_name or "page"
        numbered = (f"{full}~{n}{suffix}" for n in itertools.count(2))
        for candidate in itertools.chain((output_name(out_name, suffix), full + suffix), numbered):
            key = candidate.casefold()
            if key not in self._taken:
                self._taken.add(key)
                return candidate
        raise AssertionError("unreachable: the numbered names never end")


def output_name(out_name: str, suffix: str) -> str:
    """``world/story.html.gz`` -> ``world/story.json``: the name when no other input took it.

    >>> output_name("world/story.html.gz", ".md")
    'world/story.md'
    """
    base = out_name or "page"
    for page_suffix in PAGE_SUFFIXES:
        if base.lower().endswith(page_suffix) and len(base) > len(page_suffix):
            base = base[: -len(page_suffix)]
    return base + suffix


def _write_all(stream: BinaryIO, data: bytes) -> None:
    """All of ``data``: an unbuffered write may take only part of it."""
    view = memoryview(data)
    while view:
        written = stream.write(view)
        if written is None:  # a non-blocking stream with no room: stdout set so by another program
            raise OSError(errno.EAGAIN, os.strerror(errno.EAGAIN))
        view = view[written:]


def _write_whole(path: Path, data: bytes) -> None:
    """``data`` into ``path`` through a temporary file renamed into place."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _is_regular(stream: BinaryIO) -> bool:
    try:
        return stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
    except (OSError, ValueError, io.UnsupportedOperation):
        return False


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)
