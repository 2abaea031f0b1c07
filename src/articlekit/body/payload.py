"""The story of a page that its scripts render: the HTML of its paragraphs, in a script's data.

Some pages ship no story in their markup: a script builds it in the browser from data set in
the page (a framework's state, ``window.__DATA__ = {...}``), where the story's HTML is one
string among many. For such a page only, the scripts are read: a string of that data holding
paragraphs is the story when the same script carries the headline too (so an ad's or a
widget's template is not taken for it). It is parsed on its own, as a fragment: the page's own
tree was parsed once and has no story to give.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from ..dom.parse import parse
from ..dom.tree import Element
from ..errors import NotHTMLError

# A string literal of a script's data: JSON's (and JavaScript's) double-quoted string, escapes
# kept. Only strings long enough to hold a story's paragraphs are looked at.
MIN_STORY_HTML_CHARS = 500
# Every literal, found in one left-to-right pass: the loop's parts cannot overlap (a run of plain
# characters, or a backslash with the character it escapes), it stops only at a quote or at the
# end, and a literal left open at the end of the script runs to the end instead of failing; so a
# match never fails, nothing is backtracked, no quote is tried again as the opening of another
# literal, and a run of escaped quotes (\"\"\"...) costs its length once, not its length at every
# quote (which was quadratic: 80 KB took 20 s). Group 2 is the closing quote. (No possessive
# quantifiers: Python 3.10 has none.)
_STRING = re.compile(r'"([^"\\]*(?:\\.[^"\\]*)*)(?:(")|\\?\Z)', re.DOTALL)
# A paragraph's opening tag, as the data writes it: plainly, or escaped for a script.
_PARAGRAPH = re.compile(r"<p[\s>]|\\u003cp[\s\\]", re.IGNORECASE)
# A story has paragraphs: a string with fewer is a teaser or a template.
MIN_STORY_PARAGRAPHS = 3


def story_from_scripts(scripts: Sequence[Element], headline: str | None) -> Element | None:
    """The story's HTML found in the data of a script that also carries the headline, parsed
    into an element (its container), or None when no script holds one."""
    if not headline or not headline.split():
        return None
    wanted = " ".join(headline.split())
    best = ""
    for script in scripts:
        code = script.text
        if not code or len(code) < MIN_STORY_HTML_CHARS or wanted not in _data_text(code):
            continue
        for literal in _STRING.finditer(code):
            raw = literal.group(1)
            if literal.group(2) is None or len(raw) < MIN_STORY_HTML_CHARS:
                continue  # left open, or too short for a story
            if len(raw) > len(best) and len(_PARAGRAPH.findall(raw)) >= MIN_STORY_PARAGRAPHS:
                text = _unescape(raw)
                if text is not None and len(text) > len(best):
                    best = text
    return _container(best) if best else None


# The data's escapes a headline's letters may be written with: \uXXXX (a pair of them for a
# letter beyond the BMP), \" and \\ and \/.
_ESCAPE = re.compile(r"\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})|\\([\"\\\\/])")
# Between the headline's words the data may have any space: a no-break space (after the escapes
# are read), or its entity.
_DATA_SPACE = re.compile(r"(?:\s|&nbsp;)+")


def _data_text(code: str) -> str:
    """A script's text as its data reads, for finding the headline with a plain substring search:
    escapes read, any run of space one space. (The headline is never made into a pattern: a
    page's 600 KB headline compiled to a regex took seconds and stayed in ``re``'s cache.)"""
    if "\\" in code:
        code = _ESCAPE.sub(_read_escape, code)
    return _DATA_SPACE.sub(" ", code)


def _read_escape(match: re.Match[str]) -> str:
    high, low, single, char = match.groups()
    if char is not None:
        return char
    if single is not None:
        return chr(int(single, 16))
    return chr(0x10000 + ((int(high, 16) - 0xD800) << 10) + (int(low, 16) - 0xDC00))


def _unescape(literal: str) -> str | None:
    try:
        value = json.loads(f'"{literal}"')
    except ValueError:  # a JavaScript escape JSON does not know ("\x3c"): not data we can read
        return None
    return value if isinstance(value, str) else None


def _container(html: str) -> Element | None:
    try:
        root = parse(f"<html><body><div>{html}</div></body></html>")
    except NotHTMLError:
        return None
    return root.find("body/div")
