"""Bytes in any encoding -> text.

Order of evidence: a byte-order mark; then strict UTF-8 (a page that decodes as UTF-8 is UTF-8
whatever its ``<meta>`` claims: mislabelled UTF-8 is far more common on the web than Latin-1
that happens to be valid UTF-8); then the page's own declaration (``<meta charset>``,
``http-equiv``, XML declaration) and bs4's detector, through ``UnicodeDammit``.
"""

from __future__ import annotations

import codecs

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


_READ_AS_WINDOWS_1252 = frozenset({"iso-8859-1", "latin-1", "latin1", "ascii", "us-ascii", "iso8859-1", "l1"})


@attrs.frozen
class Decoded:
    """The page's text and the encoding it was read with."""

    text: str
    encoding: str


def decode(data: bytes | str) -> Decoded:
    """Decode a page to text, raising ``InputError`` for empty or non-HTML input."""
    if isinstance(data, str):
        text = data
        encoding = "str"
    else:
        _reject_non_html(data)
        text, encoding = _decode_bytes(data)
    if not text.strip():
        raise EmptyInputError("the page is empty (no bytes, or only whitespace)")
    return Decoded(text=text, encoding=encoding)


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
_TEXT_CONTROLS = frozenset(b"\t\n\r\x0c")


def _control_share(sample: bytes) -> float:
    if not sample:
        return 0.0
    controls = sum(1 for b in sample if b < 32 and b not in _TEXT_CONTROLS)
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


def _canonical(name: str | None) -> str | None:
    """The codec name Python knows for an encoding label, or None for an unknown label."""
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError):  # unknown, or not even a name ("utf\x008")
        return None


def _decode_bytes(data: bytes) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    utf16 = _utf16_without_bom(data[:SNIFF_BYTES])
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass  # not UTF-8: fall through to the declared encoding and the detector
    # bs4's detector proposes encodings (declared ones first, then its guess); each is tried
    # strictly, so a wrong guess never yields mojibake.
    # Imported here: bs4 costs more to import than a whole extraction, and UTF-8 pages (most of
    # the web) never need it.
    from bs4.dammit import EncodingDetector

    for proposed in EncodingDetector(data, is_html=True).encodings:
        canonical = _canonical(proposed)
        if canonical is None:
            continue
        encoding = canonical
        if encoding in _READ_AS_WINDOWS_1252:
            # Browsers read these labels as windows-1252 (WHATWG Encoding): its bytes 0x80-0x9F
            # are curly quotes, dashes and the euro sign, which latin-1 makes control codes.
            encoding = "windows-1252"
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    # Nothing fits exactly: windows-1252 maps almost every byte, and the rest are replaced.
    return data.decode("windows-1252", errors="replace"), "windows-1252"
