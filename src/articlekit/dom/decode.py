"""Bytes in any encoding -> text.

Order of evidence: a byte-order mark; then strict UTF-8 (a page that decodes as UTF-8 is UTF-8
whatever its ``<meta>`` or HTTP header claims: mislabelled UTF-8 is far more common on the web
than Latin-1 that happens to be valid UTF-8); then the charset of the HTTP ``Content-Type`` the
page was served with, when the caller gives it (it beats the page's own ``<meta>``, as in
browsers); then UTF-8 with a few stray bytes; then the page's own declaration (``<meta
charset>``, ``http-equiv``, XML declaration, found by bs4); then charset-normalizer's detector on
a bounded sample; then windows-1252.

charset-normalizer is a dependency (``bench/charsets.py`` measures it against chardet: more
undeclared legacy pages read right, at a fifth of the CPU time).
"""

from __future__ import annotations

import codecs
import re

import attrs

from ..errors import EmptyInputError, NotHTMLError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Leading bytes of formats that are sometimes passed where HTML was expected.
_NOT_HTML_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"PK\x03\x04", "a ZIP archive"),
)


_READ_AS_WINDOWS_1252 = frozenset({"iso-8859-1", "latin-1", "latin1", "ascii", "us-ascii", "iso8859-1", "l1", "cp1252"})


@attrs.frozen
class Decoded:
    """The page's text and the encoding it was read with."""

    text: str
    encoding: str
    utf8: bytes | None = None
    """The input bytes themselves when they were clean UTF-8 (the parser reads them as they are)."""


def decode(data: bytes | str, charset: str | None = None) -> Decoded:
    """Decode a page to text, raising ``InputError`` for empty or non-HTML input.

    ``charset``: the encoding the page was served with (a label such as ``"Shift_JIS"``, or a
    whole ``Content-Type`` value such as ``"text/html; charset=Shift_JIS"``); an unknown label
    is ignored.

    >>> decode("Привет, мир".encode("koi8-r"), charset="text/html; charset=KOI8-R").text
    'Привет, мир'
    """
    if isinstance(data, str):
        decoded = Decoded(text=data, encoding="str")
    else:
        _reject_non_html(data)
        decoded = _decode_bytes(data, _codec(charset_label(charset)) if charset else None)
    if not decoded.text or decoded.text.isspace():
        raise EmptyInputError("the page is empty (no bytes, or only whitespace)")
    return decoded


def _reject_non_html(data: bytes) -> None:
    head = data[:8]
    for signature, what in _NOT_HTML_SIGNATURES:
        if head.startswith(signature):
            raise NotHTMLError(f"the input is {what}, not an HTML page")
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return
    sample = data[:SNIFF_BYTES]
    if _utf16_without_bom(sample) is None and _control_share(sample) > MAX_CONTROL_SHARE:
        raise NotHTMLError("the input is binary data, not an HTML page")


# How much of the input is looked at to tell binary data from text.
SNIFF_BYTES = 4096
# Text, even in a legacy encoding, has almost no C0 control bytes besides tab and newlines.
MAX_CONTROL_SHARE = 0.1
# Every byte but the C0 controls that text does not use: deleting these leaves the others.
_NOT_BINARY_CONTROLS = bytes(b for b in range(256) if b >= 32 or b in b"\t\n\r\x0c")


def _control_share(sample: bytes) -> float:
    if not sample:
        return 0.0
    controls = len(sample.translate(None, _NOT_BINARY_CONTROLS))
    return controls / len(sample)


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when every other byte is NUL, as in ASCII-range UTF-16."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


# Python codecs that are not web page encodings: transforms and escapes that can turn markup
# into other markup (UTF-7 is a known script-injection vector; browsers refuse it too).
_NOT_PAGE_ENCODINGS = frozenset({"idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape", "utf-7"})


# What a page may declare: the encodings of the WHATWG Encoding Standard, by the names Python's
# ``codecs.lookup`` gives them (written out: looking them up imports forty codec modules).
# A ``<meta>`` naming UTF-16 or UTF-32 was itself read as ASCII, so the page is not in them.
_DECLARABLE = frozenset({
    "utf-8", "cp866", "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-5", "iso8859-6", "iso8859-7",
    "iso8859-8", "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-15", "iso8859-16", "koi8-r",
    "koi8-u", "mac-roman", "cp874", "cp1250", "cp1251", "cp1252", "windows-1252", "cp1253",
    "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "mac-cyrillic", "gbk", "gb2312", "gb18030",
    "big5", "big5hkscs", "euc_jp", "iso2022_jp", "shift_jis", "cp932", "euc_kr", "cp949",
})


def _canonical(name: str | None) -> str | None:
    """The codec name Python knows for an encoding label, or None for an unknown label or one
    that does not name a text encoding."""
    if not name:
        return None
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):  # unknown, or not even a name ("utf\x008")
        return None
    text_codec = getattr(info, "_is_text_encoding", True)
    return info.name if text_codec and info.name not in _NOT_PAGE_ENCODINGS else None


def charset_label(value: str) -> str:
    """The charset of a ``Content-Type`` value, or ``value`` itself when it is a bare label.

    >>> charset_label('text/html; Charset="ISO-8859-1"'), charset_label("utf-8")
    ('ISO-8859-1', 'utf-8')
    """
    if ";" not in value and "=" not in value:
        return value.strip()
    for parameter in value.split(";"):
        name, _, label = parameter.partition("=")
        if name.strip().lower() == "charset":
            return label.strip().strip("'\"")
    return ""


def _decode_bytes(data: bytes, served: str | None = None) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(encoding, errors="replace"), encoding)
    utf16 = _utf16_without_bom(data[:SNIFF_BYTES])
    if utf16:
        return Decoded(data.decode(utf16, errors="replace"), utf16)
    if data.find(b"\x1b$", 0, SNIFF_BYTES * 16) >= 0 and _ISO2022_JP_ESCAPE.search(data[: SNIFF_BYTES * 16]):
        try:  # 7-bit Japanese: valid ASCII (so valid UTF-8), told apart by its escape sequences
            return Decoded(data.decode("iso2022_jp"), "iso2022_jp")
        except UnicodeDecodeError:
            pass
    try:
        return Decoded(data.decode("utf-8"), "utf-8", utf8=data)
    except UnicodeDecodeError:
        pass  # not clean UTF-8: weigh the evidence below
    tried: set[str] = set()
    if served and served not in _NOT_PAGE_ENCODINGS:
        tried.add(served)
        text = _mostly_fits(data, served)
        if text is not None:
            return Decoded(text, served)
    # Imported here: bs4 costs more to import than a whole extraction, and UTF-8 pages (most of
    # the web) never need it.
    from bs4.dammit import EncodingDetector

    # A UTF-8 page with a few stray bytes (a pasted Latin-1 quote, a cut multi-byte character)
    # is still UTF-8: reading it as anything else would garble every other non-ASCII letter.
    text = _mostly_fits(data, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8")
    tried.add("utf-8")
    declared = _codec(EncodingDetector.find_declared_encoding(data, is_html=True))
    if declared not in _DECLARABLE:
        declared = None  # a label no browser honours in a page (EBCDIC, UTF-16 in ASCII bytes)
    if declared and declared not in tried:
        tried.add(declared)
        text = _mostly_fits(data, declared)
        if text is not None:
            return Decoded(text, declared)
        # a lying declaration: let the detector propose
    # The detector is slow on long input: it reads a bounded sample from the first non-ASCII
    # byte, where the text is. Its proposals are tried strictly on the whole page, so a wrong
    # guess never yields mojibake.
    sample = _detector_sample(data)
    for proposed in detector_proposals(sample):
        guess = _codec(proposed)
        guess = _WEB_EQUIVALENT.get(guess or "", guess)
        if guess is None or guess in tried:
            continue
        tried.add(guess)
        if guess not in _DECLARABLE or guess in _LATIN_LEGACY:
            continue  # not a web page encoding (DOS code pages, HP Roman-8); see _LATIN_LEGACY
        if _mixes_scripts(sample.decode(guess, errors="replace")):
            continue  # a reading that puts Cyrillic inside Latin words is wrong
        try:
            return Decoded(data.decode(guess), guess)
        except UnicodeDecodeError:
            continue
    # Nothing fits exactly: the declared encoding if there was one, else windows-1252, which
    # maps almost every byte; the rest are replaced.
    fallback = declared or "windows-1252"
    return Decoded(data.decode(fallback, errors="replace"), fallback)


def detector_proposals(sample: bytes) -> list[str]:
    """The encodings charset-normalizer proposes for ``sample``, likeliest first."""
    from charset_normalizer import from_bytes  # imported on the first legacy page only

    proposals = [match.encoding for match in from_bytes(sample)]
    # A rarely used encoding that reads the sample as well as a common one is tried after it.
    return sorted(proposals, key=lambda label: _canonical(label) in _RARE_ON_THE_WEB)


# Web encodings that detectors rank first on text that a common encoding reads equally well:
# Mac Cyrillic differs from windows-1251 in a few capitals only ("Э", "М").
_RARE_ON_THE_WEB = frozenset({"mac-cyrillic"})


# Encodings a detector may name for a page that browsers read with a web encoding: extensions of
# the Japanese and Chinese standards, tried as the web encoding they extend.
_WEB_EQUIVALENT = {
    "euc_jis_2004": "euc_jp", "euc_jisx0213": "euc_jp", "shift_jis_2004": "shift_jis",
    "shift_jisx0213": "shift_jis", "hz": "gb18030",
}


# ISO-2022-JP switches to JIS X 0208 with ESC $ B (or ESC $ @) and back with ESC ( B or ESC ( J.
_ISO2022_JP_ESCAPE = re.compile(rb"\x1b\$[B@][\x21-\x7e]{2}")


# A page is read with UTF-8 or its declared encoding despite bytes that do not fit when the
# characters that do outnumber them this many times (text in a legacy encoding almost never
# forms valid UTF-8 by chance).
FIT_RATIO = 4
# Bytes of the page, from its first non-ASCII byte, given to the statistical detector.
DETECTOR_SAMPLE_BYTES = 4096
_NON_ASCII = re.compile(rb"[\x80-\xff]")


# Latin-script single-byte encodings other than windows-1252. Detectors cannot tell them from
# windows-1252 on a short sample (French read as windows-1250 turns "naïve" into "naďve"), so an
# undeclared Latin-script page is read as windows-1252, the browsers' default in the West.
_LATIN_LEGACY = frozenset({
    "cp1250", "iso8859-2", "cp1254", "iso8859-9", "cp1257", "iso8859-4", "iso8859-13",
    "iso8859-3", "iso8859-10", "iso8859-14", "iso8859-15", "iso8859-16", "cp1258", "mac-roman",
    "mac-latin2", "mac-iceland", "mac-turkish", "cp850", "cp437", "cp858",
})
# An ASCII letter next to a letter of another script than Latin, inside one word.
_MIXED_SCRIPTS = re.compile(r"[A-Za-z][^\W\d_A-Za-z\u00c0-\u024f]|[^\W\d_A-Za-z\u00c0-\u024f][A-Za-z]")


def _mixes_scripts(text: str) -> bool:
    return _MIXED_SCRIPTS.search(text) is not None


def _mostly_fits(data: bytes, encoding: str) -> str | None:
    """The page read with ``encoding``, if its well-formed non-ASCII characters outnumber the
    bytes it cannot read ``FIT_RATIO`` times; else None."""
    try:
        text = data.decode(encoding, errors="replace")
    except LookupError:  # a codec without a "replace" handler: not worth a guess
        return None
    invalid = text.count("\ufffd")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    return text if non_ascii - invalid >= FIT_RATIO * invalid else None


def _detector_sample(data: bytes) -> bytes:
    first = _NON_ASCII.search(data)
    start = first.start() if first else 0
    return data[start : start + DETECTOR_SAMPLE_BYTES]


def _codec(label: str | None) -> str | None:
    """The codec to read a declared or guessed encoding label with, or None if unknown."""
    encoding = _canonical(label)
    if encoding in _READ_AS_WINDOWS_1252:
        # Browsers read these labels as windows-1252 (WHATWG Encoding): its bytes 0x80-0x9F
        # are curly quotes, dashes and the euro sign, which latin-1 makes control codes.
        return "windows-1252"
    return encoding
