# cython: language_level=3, boundscheck=False, wraparound=False, initializedcheck=False
"""Whether any tag of a page has more than ``cap`` attributes: ``tagscan.cap_attributes``'s
question, answered in one compiled pass over the page's UTF-8 bytes before the
regular-expression scan runs.

It reads the markup as ``tagscan``'s scan does (HTML's tokenizer where it decides where a tag
ends: a quoted value only after an attribute name and "=", comments and raw-text elements hold
no tags), and it over-counts rather than under-counts: every attribute of a tag is counted, and
a page on which it says True is cut by the scan itself. ``tests/test_parse_limits.py`` holds the
two to the same answer on generated markup.

Every character the scan decides on is ASCII, and in UTF-8 no byte of another character is
ASCII: on the bytes, the scan takes the decisions it would take on the text, at a byte per
character, jumping with memchr.
"""

from libc.string cimport memchr

_RAW_NAMES = (b"script", b"style", b"title", b"textarea", b"xmp", b"iframe", b"noembed", b"noframes")

cdef inline Py_ssize_t _byte_at(const unsigned char* s, Py_ssize_t start, Py_ssize_t n, int c) noexcept nogil:
    """Where the byte ``c`` is first, from ``start``; -1 when it is not there."""
    if start >= n:
        return -1
    cdef const void* found = memchr(s + start, c, <size_t>(n - start))
    return -1 if found == NULL else <Py_ssize_t>(<const unsigned char*>found - s)


cdef inline Py_ssize_t _pair_at(const unsigned char* s, Py_ssize_t start, Py_ssize_t n, int a, int b) noexcept nogil:
    """Where the bytes ``a`` ``b`` are first, from ``start``; -1 when they are not there."""
    cdef Py_ssize_t i = _byte_at(s, start, n, a)
    while i >= 0:
        if i + 1 < n and s[i + 1] == b:
            return i
        i = _byte_at(s, i + 1, n, a)
    return -1


cdef inline bint _space(unsigned char c) noexcept nogil:
    return c == 0x20 or c == 0x09 or c == 0x0A or c == 0x0C or c == 0x0D


cdef inline bint _letter(unsigned char c) noexcept nogil:
    return (0x41 <= c <= 0x5A) or (0x61 <= c <= 0x7A)


cdef inline unsigned char _lower(unsigned char c) noexcept nogil:
    return c + 0x20 if 0x41 <= c <= 0x5A else c


cdef Py_ssize_t _skip_raw(const unsigned char* s, Py_ssize_t pos, Py_ssize_t n, bytes name):
    """Where the raw-text element ``name``'s end tag starts, from ``pos`` (``n`` when none)."""
    cdef Py_ssize_t i = pos, k, m = len(name)
    cdef const unsigned char* want = name
    while i < n:
        i = _pair_at(s, i, n, c'<', c'/')
        if i < 0:
            return n
        k = 0
        while k < m and i + 2 + k < n and _lower(s[i + 2 + k]) == want[k]:
            k += 1
        if k == m and (i + 2 + m >= n or _space(s[i + 2 + m]) or s[i + 2 + m] == c'/' or s[i + 2 + m] == c'>'):
            return i
        i += 1
    return n


cdef Py_ssize_t _comment_end(const unsigned char* s, Py_ssize_t pos, Py_ssize_t n) noexcept nogil:
    """Where the comment whose text starts at ``pos`` ends: after "-->" or "--!>", or at once
    for "<!-->" and "<!--->"; ``n`` when it is left open (each "--" looked at once: linear)."""
    cdef Py_ssize_t dashes
    if pos < n and s[pos] == c'>':
        return pos + 1
    if pos + 1 < n and s[pos] == c'-' and s[pos + 1] == c'>':
        return pos + 2
    dashes = _pair_at(s, pos, n, c'-', c'-')
    while dashes >= 0:
        if dashes + 2 < n and s[dashes + 2] == c'>':
            return dashes + 3
        if dashes + 3 < n and s[dashes + 2] == c'!' and s[dashes + 3] == c'>':
            return dashes + 4
        dashes = _pair_at(s, dashes + 1, n, c'-', c'-')
    return n


def too_many_attributes(bytes data, Py_ssize_t cap):
    """True when a tag of the page (its UTF-8 bytes) may have more than ``cap`` attributes."""
    cdef const unsigned char* s = data
    cdef Py_ssize_t n = len(data), i = 0, k, start, count
    cdef unsigned char c, first
    cdef bint end_tag
    while i < n:
        i = _byte_at(s, i, n, c'<')  # text: on to the next "<"
        if i < 0:
            return False
        if i + 1 >= n:
            return False
        c = s[i + 1]
        if c == c'!':
            if i + 3 < n and s[i + 2] == c'-' and s[i + 3] == c'-':
                i = _comment_end(s, i + 4, n)
            else:
                i = _byte_at(s, i + 2, n, c'>')
                if i < 0:
                    return False
                i += 1
            continue
        if c == c'?' or (c == c'/' and not (i + 2 < n and _letter(s[i + 2]))):
            i = _byte_at(s, i + 1, n, c'>')
            if i < 0:
                return False
            i += 1
            continue
        end_tag = c == c'/'
        if end_tag:
            i += 1
        if i + 1 >= n or not _letter(s[i + 1]):
            i += 1
            continue
        # The tag's name.
        start = i + 1
        i = start
        while i < n and not (_space(s[i]) or s[i] == c'/' or s[i] == c'>'):
            i += 1
        name = b""
        first = _lower(s[start])
        if not end_tag and i - start <= 8 and (first == c's' or first == c't' or first == c'x' or first == c'i' or first == c'n'):
            name = data[start:i].lower()
        # Its attributes.
        count = 0
        while i < n:
            c = s[i]
            if _space(c) or c == c'/':
                i += 1
                continue
            if c == c'>':
                break
            count += 1
            if count > cap:
                return True
            i += 1  # a name's first character may be "="
            while i < n and not (_space(s[i]) or s[i] == c'/' or s[i] == c'=' or s[i] == c'>'):
                i += 1
            k = i
            while k < n and _space(s[k]):
                k += 1
            if k < n and s[k] == c'=':
                i = k + 1
                while i < n and _space(s[i]):
                    i += 1
                if i < n and (s[i] == c'"' or s[i] == c"'"):
                    i = _byte_at(s, i + 1, n, s[i])
                    if i < 0:
                        return False  # left open: the rest of the page is in it
                    i += 1
                else:
                    while i < n and not (_space(s[i]) or s[i] == c'>'):
                        i += 1
        i += 1
        if name and name in _RAW_NAMES:
            i = _skip_raw(s, i, n, name)
    return False
