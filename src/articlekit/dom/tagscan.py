"""The attribute cap: a linear scan of the markup that cuts every tag to ``MAX_TAG_ATTRIBUTES``
attributes before the parse.

libxml2 compares each attribute name of a tag with every earlier one, so one tag with 100,000
attributes took 9 seconds to parse. The scan runs in C (regular expressions that never
backtrack more than one token), one tag at a time.
"""

from __future__ import annotations

import re

#: A tag keeps at most this many attributes; the rest are cut before the parse. libxml2
#: compares each attribute name with every earlier one of its tag, so a tag with 100,000
#: attributes took 9 seconds; at this cap a tag costs at most about 30 microseconds, and real
#: tags have a few dozen attributes at most.
MAX_TAG_ATTRIBUTES = 200

# The scan follows HTML's tokenizer where it decides where a tag ends: a quoted value starts
# only after an attribute name and "=", comments and raw-text elements (script, style...) hold
# no tags. The regex never backtracks more than one token: each token is matched longest-first
# (a lookahead refuses a shorter match), attribute parts are taken in an atomic lookahead
# ("(?=(...))\N"), and the repetitions never fail.

_WS = r"[\t\n\f\r ]"
# One attribute, as HTML's tokenizer reads it: separators, a name (its first character may be
# "="), then "=" and a value, if any (a quoted value may hold ">"; one cut short by the end
# of the text runs to it).
_CHUNK = (
    r"[\t\n\f\r /]*(?![\t\n\f\r /])"
    r"[^\t\n\f\r />][^\t\n\f\r /=>]*(?![^\t\n\f\r /=>])"
    rf"(?:{_WS}*={_WS}*(?:\"[^\"]*(?:\"|\Z)|'[^']*(?:'|\Z)|[^\t\n\f\r >]*(?![^\t\n\f\r >])))?"
)
_NAME = r"[A-Za-z][^\t\n\f\r />]*(?![^\t\n\f\r />])"
_RAW_NAMES = ("script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes")
_RAW = "|".join("".join(f"[{c}{c.upper()}]" for c in name) for name in _RAW_NAMES)
# The start tag of a raw-text element, whose content the scan skips to its end tag.
_RAW_START = re.compile(
    rf"<({_RAW})(?![^\t\n\f\r />])(?=((?:{_CHUNK}){{0,{MAX_TAG_ATTRIBUTES}}}))\2[\t\n\f\r /]*(?:>|\Z)"
)
_RAW_END = {
    name: re.compile(r"</" + "".join(f"[{c}{c.upper()}]" for c in name) + r"(?=[\t\n\f\r />])")
    for name in _RAW_NAMES
}

_FAST_VALUES = 5
_FAST_RUN = 32  # (5 + 1) runs of 32 characters: 192 attributes at most, within the cap
assert (_FAST_VALUES + 1) * _FAST_RUN <= MAX_TAG_ATTRIBUTES


def _fast_tag() -> str:
    """The usual tag, in few steps: quoted values (after a name and "="; at most
    _FAST_VALUES of them) between runs of at most _FAST_RUN other characters, so that it has
    at most MAX_TAG_ATTRIBUTES attributes (each name holds one such character at least). Not a
    raw-text element's start tag (nor a tag whose first two letters are a raw-text element's,
    like <strong> or <noscript>): those take the slower tiles."""
    value = rf"(?<=[^\t\n\f\r /<>\"'=])={_WS}*(?:\"[^\"]*\"|'[^']*')"
    run = rf"[^>\"'=]{{0,{_FAST_RUN}}}"
    body = run
    for _ in range(_FAST_VALUES):
        body = rf"{run}(?:{value}{body})?"
    return rf"<(?:/|(?![sS][cCtT]|[tT][iIeE]|[xX][mM]|[iI][fF]|[nN][oO]))[A-Za-z][^\t\n\f\r />\"'=]*(?:[\t\n\f\r /]{body})?>"


# Tiles that cover normal markup. The scan stops at a raw-text element's start tag (its
# content is skipped in Python, to its end tag) and at a tag with more than
# MAX_TAG_ATTRIBUTES attributes. At most _TILES_PER_MATCH tiles a match (sre keeps a little
# memory for each tile of one match); no tile repeats a group within itself, for the same
# reason.
_TILES_PER_MATCH = 10_000
_TILES = re.compile(
    r"(?:"
    r"[^<]+"
    rf"|{_fast_tag()}"
    r"|<!--(?:-?>|[\s\S]*?--!?>|[\s\S]*)"
    r"|<[pP][lL][aA][iI][nN][tT][eE][xX][tT](?![^\t\n\f\r />])[\s\S]*"
    rf"|(?:</|<(?!(?:{_RAW})(?![^\t\n\f\r />]))){_NAME}"
    rf"(?=((?:{_CHUNK}){{0,{MAX_TAG_ATTRIBUTES}}}))\1[\t\n\f\r /]*(?:>|\Z)"
    r"|<(?:!|\?|/(?![A-Za-z]))[^>]*>?"
    r"|<(?!/?[A-Za-z])"
    rf"){{0,{_TILES_PER_MATCH}}}"
)
_TAG_START = re.compile(rf"</?{_NAME}")
_ONE_CHUNK = re.compile(_CHUNK)
_REST_OF_TAG = re.compile(rf"(?:{_CHUNK}){{0,{_TILES_PER_MATCH}}}")
_TAG_END = re.compile(r"[\t\n\f\r /]*>?")


def _matched_to(pattern: re.Pattern[str], text: str, pos: int) -> int:
    """Where ``pattern`` (one that matches everywhere, if only the empty string) ends at ``pos``."""
    match = pattern.match(text, pos)
    return pos if match is None else match.end()


def cap_attributes(text: str, utf8: bytes | None = None) -> str:
    """``text`` with every tag cut to ``MAX_TAG_ATTRIBUTES`` attributes (the same object when
    no tag has more, as on any real page). Linear in the length of ``text``.

    Where the package was built with a C compiler, one compiled pass (``_ctagscan.pyx``, about
    a tenth of the scan's time) first tells whether any tag may have more; only then does the
    scan below run. That pass reads UTF-8 bytes: ``utf8``, the same text as UTF-8, when the
    caller has it (the page came as such), or else the text encoded.

    >>> cap_attributes('<p class="lead">Rates held</p>') == '<p class="lead">Rates held</p>'
    True
    >>> capped = cap_attributes("<p " + " ".join(f"a{i}" for i in range(1000)) + ">story</p>")
    >>> capped.count(" a"), capped.endswith(">story</p>")
    (200, True)
    """
    if _compiled_check is not None:
        data = utf8 if utf8 is not None else text.encode("utf-8", errors="surrogatepass")
        if not _compiled_check(data, MAX_TAG_ATTRIBUTES):
            return text
    return scan_attributes(text)


def scan_attributes(text: str) -> str:
    """``cap_attributes`` by the scan alone, in regular expressions (the same object when no
    tag has more attributes than the cap)."""
    kept: list[str] = []
    start = pos = 0
    while pos < len(text):
        end = _matched_to(_TILES, text, pos)
        if end > pos:
            pos = end
            continue
        raw = _RAW_START.match(text, pos)
        if raw is not None:
            name, pos = raw.group(1), raw.end()
        else:
            name, cut_at, pos = _too_many_attributes(text, pos)
            kept.append(text[start:cut_at])
            kept.append(">")
            start = pos
        end_tag = _RAW_END.get(name.lower())
        if end_tag is not None:  # a raw-text element: skip its text, to its end tag
            close = end_tag.search(text, pos)
            pos = len(text) if close is None else close.start()
    if not kept:
        return text
    kept.append(text[start:])
    return "".join(kept)


try:
    from ._ctagscan import too_many_attributes as _compiled_check
except ImportError:  # built without a C compiler: the scan alone
    _compiled_check = None  # type: ignore[assignment]


def _too_many_attributes(text: str, pos: int) -> tuple[str, int, int]:
    """For the tag at ``pos``, which has too many attributes: its name ("/name" for an end
    tag), where to cut it (after the name and first attributes), and where it ends."""
    tag = _TAG_START.match(text, pos)
    assert tag is not None, "the tiles cover all but tags"
    cut_at = tag.end()
    for _ in range(MAX_TAG_ATTRIBUTES):
        chunk = _ONE_CHUNK.match(text, cut_at)
        if chunk is None or chunk.end() == cut_at:
            break
        cut_at = chunk.end()
    rest = cut_at
    while (more := _matched_to(_REST_OF_TAG, text, rest)) > rest:
        rest = more
    return text[pos + 1 : tag.end()], cut_at, _matched_to(_TAG_END, text, rest)
