"""A block's spans as CommonMark inline markup: links ``[anchor](<href>)``, emphasis ``*x*``,
strong ``**x**`` and code ```x```, around text escaped as ``markdown.escape`` escapes it, so
that a renderer shows exactly the block's text, with the markup on it.

Emphasis in CommonMark depends on the characters around its delimiters (the "flanking" rules):
``**x** y`` is bold, ``a**, x**`` is not. Each emphasis or strong span is written with the
delimiter that the characters around it (text, or the markup next to it) let open and close as
nothing else, ``*`` or else ``_``; where neither does, the run is written as plain text. A
delimiter never touches another of its character, which would join the two runs.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict, deque
from collections.abc import Callable, Sequence

from ..model import Span
from .spans import nested, safe_href

_ASCII_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_WHITE = frozenset(" \t\n\r\f\v")

_HREF = re.compile(r"[\\<>&`*_\[\]|]")
"""Backslash-escaped in a link's address, in its ``<...>`` form: the escape, the brackets that
end it, an entity's ``&``, and what another parser might read as markup."""

_BACKTICKS = re.compile(r"`+")

# The delimiters of each emphasis kind, by choice: 0 ``*``, 1 ``_``; 2 is plain text.
_DELIMITERS = {"emphasis": ("*", "_"), "strong": ("**", "__")}
_PLAIN = 2


def href(address: str) -> str:
    """A link or image address as a CommonMark destination: in ``<...>``, with spaces and
    parentheses allowed and the characters ``_HREF`` names escaped.

    >>> href("https://example.com/a (b)?q=1&x=<y>")
    '<https://example.com/a (b)?q=1\\\\&x=\\\\<y\\\\>>'
    """
    return "<" + _HREF.sub(r"\\\g<0>", address) + ">"


def code_span(content: str) -> str | None:
    """``content`` as a code span: fenced by a run of backticks that does not occur in it,
    padded with a space where it starts or ends with a backtick. ``None`` where the fence would
    be three backticks or more (at a line's start, a code block's fence)."""
    runs = {len(run) for run in _BACKTICKS.findall(content)}
    fence = 1 if 1 not in runs else 2 if 2 not in runs else 0
    if not fence:
        return None
    pad = " " if content.startswith("`") or content.endswith("`") else ""
    return "`" * fence + pad + content + pad + "`" * fence


def _class(char: str, symbols: bool) -> int:
    """0: white space (or the line's start or end, ``""``), 1: punctuation, 2: other. Whether a
    symbol (``$``, ``€``, ``©``) is punctuation differs between CommonMark versions: both are
    checked."""
    if not char or char in _WHITE or unicodedata.category(char) == "Zs":
        return 0
    if char in _ASCII_PUNCTUATION:
        return 1
    category = unicodedata.category(char)
    return 1 if category[0] == "P" or (symbols and category[0] == "S") else 2


def _only(delimiter: str, before: str, after: str, opens: bool) -> bool:
    """Whether a run of ``delimiter`` between ``before`` and ``after`` can open (``opens``) or
    close emphasis, and not the other, under either reading of symbols."""
    mark = delimiter[0]
    if before == mark or after == mark:
        return False
    for symbols in (False, True):
        b, a = _class(before, symbols), _class(after, symbols)
        left = a != 0 and (a != 1 or b != 2)
        right = b != 0 and (b != 1 or a != 2)
        if mark == "*":
            can_open, can_close = left, right
        else:
            can_open, can_close = left and (not right or b == 1), right and (not left or a == 1)
        if (can_open, can_close) != (opens, not opens):
            return False
    return True


class _Inline:
    """The spans of one text, their delimiters chosen (see the module), written out."""

    def __init__(self, text: str, spans: list[Span], wrapper: bool, escape: Callable[[str], str]) -> None:
        self.text = text
        self.spans = spans
        self.escape = escape
        self.wrapper = 0 if wrapper else None
        self.starting: dict[int, list[int]] = defaultdict(list)
        self.ending: dict[int, list[int]] = defaultdict(list)
        self.code: dict[int, str] = {}  # span index -> its code span, written whole where it starts
        self.code_end: set[int] = set()
        for i, span in enumerate(spans):
            self.starting[span.start].append(i)
            if span.kind == "code":
                self.code[i] = code_span(text[span.start : span.end]) or ""
                self.code_end.add(span.end)
            else:
                self.ending[span.end].append(i)
        self.choice = [0] * len(spans)
        self._choose()

    def _opening(self, i: int) -> str:
        span = self.spans[i]
        if span.kind == "link":
            return "["
        if span.kind == "code":
            return self.code[i]
        return "" if self.choice[i] == _PLAIN else _DELIMITERS[span.kind][self.choice[i]]

    def _closing(self, i: int) -> str:
        span = self.spans[i]
        if span.kind == "link":
            return "](" + href(safe_href(span.href) or "") + ")"
        return "" if self.choice[i] == _PLAIN else _DELIMITERS[span.kind][self.choice[i]]

    def cluster(self, at: int) -> list[tuple[int, str]]:
        """The markup written before ``text[at]``: the spans that end there (innermost first),
        then those that start there (outermost first)."""
        pieces = [(i, self._closing(i)) for i in sorted(self.ending.get(at, ()), reverse=True)]
        pieces += [(i, self._opening(i)) for i in sorted(self.starting.get(at, ()))]
        return [(i, piece) for i, piece in pieces if piece]

    def _neighbours(self, at: int, i: int) -> tuple[str, str]:
        """The characters on either side of span ``i``'s delimiter in the markup at ``at``."""
        pieces = self.cluster(at)
        where = next(n for n, (j, _) in enumerate(pieces) if j == i)
        if where:
            before = pieces[where - 1][1][-1]
        elif at in self.code_end:
            before = "`"
        else:
            before = self.text[at - 1] if at else ""
        after = pieces[where + 1][1][0] if where + 1 < len(pieces) else self.text[at : at + 1]
        return before, after

    def _fits(self, i: int) -> bool:
        span = self.spans[i]
        delimiter = self._opening(i)
        return _only(delimiter, *self._neighbours(span.start, i), opens=True) and _only(
            delimiter, *self._neighbours(span.end, i), opens=False
        )

    def _choose(self) -> None:
        """Each emphasis span's delimiter: the first that fits. When one changes, the spans whose
        markup stands next to it are checked again (each span changes twice at most, and has a
        few neighbours at most: the tree is at most four spans deep)."""
        emphasis = {i for i, s in enumerate(self.spans) if s.kind in _DELIMITERS and i != self.wrapper}
        queue = deque(sorted(emphasis, reverse=True))  # the innermost first
        while queue:
            i = queue.popleft()
            if self.choice[i] == _PLAIN or self._fits(i):
                continue
            self.choice[i] += 1
            span = self.spans[i]
            near = {*self.starting.get(span.start, ()), *self.ending.get(span.start, ())}
            near |= {*self.starting.get(span.end, ()), *self.ending.get(span.end, ())}
            queue.append(i)
            queue.extend(j for j in sorted(near & emphasis, reverse=True) if j != i)

    def write(self) -> str:
        """The text, escaped, with the markup; the wrapper's own delimiters left out."""
        text, out, at = self.text, [], 0
        for bound in sorted({*self.starting, *self.ending, *self.code_end}):
            if bound < at:
                continue
            out.append(self.escape(text[at:bound]))
            pieces = [piece for i, piece in self.cluster(bound) if i != self.wrapper]
            if pieces and pieces[0].startswith("[") and out[-1].endswith("!"):
                out[-1] = out[-1][:-1] + "\\!"  # "![" would open an image
            out.extend(pieces)
            at = bound
            for i in self.starting.get(bound, ()):
                if self.spans[i].kind == "code":
                    at = self.spans[i].end
        out.append(self.escape(text[at:]))
        return "".join(out)


def render(
    text: str,
    spans: Sequence[Span],
    keep: Callable[[Span], bool],
    escape: Callable[[str], str],
    wrapper: str | None = None,
) -> str:
    """``text`` (its white space and line breaks as they are to be written, ``spans`` over it)
    as escaped inline Markdown, with the spans ``keep`` accepts. ``wrapper`` ("emphasis",
    "strong") is the markup the caller writes around the whole text itself: the spans'
    delimiters are chosen not to run into it, and spans of its kind are left out."""
    kept = nested(text, spans, keep)
    code_ends = {span.end for span in kept if span.kind == "code"}
    # Two code spans side by side would make one run of backticks of their fences.
    kept = [span for span in kept if span.kind != "code" or span.start not in code_ends]
    if wrapper and text:
        kept = [Span(0, len(text), wrapper), *(span for span in kept if span.kind != wrapper)]
    return _Inline(text, kept, bool(wrapper and text), escape).write()


def keeper(text: str, *, links: bool, formatting: bool) -> Callable[[Span], bool]:
    """Which spans Markdown writes: links with a safe address (``links``), and emphasis, strong
    and code that fits on one line in a fence of one or two backticks (``formatting``)."""

    def keep(span: Span) -> bool:
        if span.kind == "link":
            return links and safe_href(span.href) is not None
        if span.kind == "code":
            content = text[span.start : span.end]
            return formatting and "\n" not in content and code_span(content) is not None
        return formatting

    return keep
