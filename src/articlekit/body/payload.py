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
_STRING = re.compile(r'"((?:[^"\\]|\\.){%d,})"' % MIN_STORY_HTML_CHARS, re.DOTALL)
# A paragraph's opening tag, as the data writes it: plainly, or escaped for a script.
_PARAGRAPH = re.compile(r"<p[\s>]|\\u003cp[\s\\]", re.IGNORECASE)
# A story has paragraphs: a string with fewer is a teaser or a template.
MIN_STORY_PARAGRAPHS = 3


def story_from_scripts(scripts: Sequence[Element], headline: str | None) -> Element | None:
    """The story's HTML found in the data of a script that also carries the headline, parsed
    into an element (its container), or None when no script holds one."""
    if not headline or not headline.split():
        return None
    carries_headline = _headline_pattern(headline)
    best = ""
    for script in scripts:
        code = script.text
        if not code or len(code) < MIN_STORY_HTML_CHARS or carries_headline.search(code) is None:
            continue
        for literal in _STRING.finditer(code):
            raw = literal.group(1)
            if len(raw) > len(best) and len(_PARAGRAPH.findall(raw)) >= MIN_STORY_PARAGRAPHS:
                text = _unescape(raw)
                if text is not None and len(text) > len(best):
                    best = text
    return _container(best) if best else None


# Between the headline's words the data may have any space: a no-break space, or its escape.
_DATA_SPACE = r"(?:\s|\\u00a0|\\u0020|&nbsp;)+"


def _headline_pattern(headline: str) -> re.Pattern[str]:
    """The headline as a script's data may write it: its words, each as written or with JSON's
    escapes for non-ASCII letters, and any kind of space between them."""

    def spellings(word: str) -> str:
        escaped = json.dumps(word)[1:-1]
        return re.escape(word) if escaped == word else f"(?:{re.escape(word)}|{re.escape(escaped)})"

    return re.compile(_DATA_SPACE.join(map(spellings, headline.split())))


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
