# cython: language_level=3, boundscheck=False, wraparound=False, initializedcheck=False
"""Whether any tag of a page has more than ``cap`` attributes: ``tagscan.cap_attributes``'s
question, answered in one compiled pass over the text before the regular-expression scan runs.

It reads the markup as ``tagscan``'s scan does (HTML's tokenizer where it decides where a tag
ends: a quoted value only after an attribute name and "=", comments and raw-text elements hold
no tags), and it over-counts rather than under-counts: every attribute of a tag is counted, and
a page on which it says True is cut by the scan itself. ``tests/test_parse_limits.py`` holds the
two to the same answer on generated markup.
"""

cdef extern from "Python.h":
    int PyUnicode_KIND(object text)
    void* PyUnicode_DATA(object text)
    Py_UCS4 PyUnicode_READ(int kind, void* data, Py_ssize_t index) nogil
    Py_ssize_t PyUnicode_FindChar(object text, Py_UCS4 ch, Py_ssize_t start, Py_ssize_t end, int direction) except -2


cdef inline Py_UCS4 _at(str text, Py_ssize_t i):
    return text[i]


cdef inline bint _space(Py_UCS4 c):
    return c == 0x20 or c == 0x09 or c == 0x0A or c == 0x0C or c == 0x0D


cdef inline bint _letter(Py_UCS4 c):
    return (0x41 <= c <= 0x5A) or (0x61 <= c <= 0x7A)


cdef inline Py_UCS4 _lower(Py_UCS4 c):
    cdef unsigned int code = c
    return <Py_UCS4>(code + 0x20) if 0x41 <= code <= 0x5A else c


_RAW_NAMES = ("script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes")


cdef Py_ssize_t _skip_raw(str text, Py_ssize_t pos, Py_ssize_t n, str name):
    """Where the raw-text element ``name``'s end tag starts, from ``pos`` (``n`` when none)."""
    cdef Py_ssize_t i = pos, k, m = len(name)
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    while i < n:
        i = text.find("</", i)
        if i < 0:
            return n
        k = 0
        while k < m and i + 2 + k < n and _lower(PyUnicode_READ(kind, data, i + 2 + k)) == _at(name, k):
            k += 1
        if k == m and (i + 2 + m >= n or _space(PyUnicode_READ(kind, data, i + 2 + m)) or PyUnicode_READ(kind, data, i + 2 + m) == u"/" or PyUnicode_READ(kind, data, i + 2 + m) == u">"):
            return i
        i += 1
    return n


cdef Py_ssize_t _comment_end(str text, Py_ssize_t pos, Py_ssize_t n):
    """Where the comment whose text starts at ``pos`` ends: after "-->" or "--!>", or at once
    for "<!-->" and "<!--->"; ``n`` when it is left open."""
    cdef Py_ssize_t dashes
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    if pos < n and PyUnicode_READ(kind, data, pos) == u">":
        return pos + 1
    if pos + 1 < n and PyUnicode_READ(kind, data, pos) == u"-" and PyUnicode_READ(kind, data, pos + 1) == u">":
        return pos + 2
    # The first "--" followed by ">" or "!>" (each "--" looked at once: linear).
    dashes = text.find("--", pos)
    while dashes >= 0:
        if dashes + 2 < n and PyUnicode_READ(kind, data, dashes + 2) == u">":
            return dashes + 3
        if dashes + 3 < n and PyUnicode_READ(kind, data, dashes + 2) == u"!" and PyUnicode_READ(kind, data, dashes + 3) == u">":
            return dashes + 4
        dashes = text.find("--", dashes + 1)
    return n


def too_many_attributes(str text, Py_ssize_t cap):
    """True when a tag of ``text`` may have more than ``cap`` attributes."""
    cdef Py_ssize_t n = len(text), i = 0, k, start, count
    cdef Py_UCS4 c, first
    cdef bint end_tag
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    while i < n:
        i = PyUnicode_FindChar(text, u"<", i, n, 1)  # text: on to the next "<"
        if i < 0:
            return False
        if i + 1 >= n:
            return False
        c = PyUnicode_READ(kind, data, i + 1)
        if c == u"!":
            if i + 3 < n and PyUnicode_READ(kind, data, i + 2) == u"-" and PyUnicode_READ(kind, data, i + 3) == u"-":
                i = _comment_end(text, i + 4, n)
            else:
                i = PyUnicode_FindChar(text, u">", i + 2, n, 1)
                if i < 0:
                    return False
                i += 1
            continue
        if c == u"?" or (c == u"/" and not (i + 2 < n and _letter(PyUnicode_READ(kind, data, i + 2)))):
            i = PyUnicode_FindChar(text, u">", i + 1, n, 1)
            if i < 0:
                return False
            i += 1
            continue
        end_tag = c == u"/"
        if end_tag:
            i += 1
        if not _letter(PyUnicode_READ(kind, data, i + 1)):
            i += 1
            continue
        # The tag's name.
        start = i + 1
        i = start
        while i < n and not (_space(PyUnicode_READ(kind, data, i)) or PyUnicode_READ(kind, data, i) == u"/" or PyUnicode_READ(kind, data, i) == u">"):
            i += 1
        # A name that may be a raw-text element's is made into a string.
        name = ""
        first = _lower(PyUnicode_READ(kind, data, start))
        if not end_tag and i - start <= 8 and (first == u"s" or first == u"t" or first == u"x" or first == u"i" or first == u"n"):
            name = text[start:i].lower()
        # Its attributes.
        count = 0
        while i < n:
            c = PyUnicode_READ(kind, data, i)
            if _space(c) or c == u"/":
                i += 1
                continue
            if c == u">":
                break
            count += 1
            if count > cap:
                return True
            i += 1  # a name's first character may be "="
            while i < n and not (_space(PyUnicode_READ(kind, data, i)) or PyUnicode_READ(kind, data, i) == u"/" or PyUnicode_READ(kind, data, i) == u"=" or PyUnicode_READ(kind, data, i) == u">"):
                i += 1
            k = i
            while k < n and _space(PyUnicode_READ(kind, data, k)):
                k += 1
            if k < n and PyUnicode_READ(kind, data, k) == u"=":
                i = k + 1
                while i < n and _space(PyUnicode_READ(kind, data, i)):
                    i += 1
                if i < n and (PyUnicode_READ(kind, data, i) == u'"' or PyUnicode_READ(kind, data, i) == u"'"):
                    i = PyUnicode_FindChar(text, PyUnicode_READ(kind, data, i), i + 1, n, 1)
                    if i < 0:
                        return False  # left open: the rest of the page is in it
                    i += 1
                else:
                    while i < n and not (_space(PyUnicode_READ(kind, data, i)) or PyUnicode_READ(kind, data, i) == u">"):
                        i += 1
        i += 1
        if name and name in _RAW_NAMES:
            i = _skip_raw(text, i, n, name)
    return False
