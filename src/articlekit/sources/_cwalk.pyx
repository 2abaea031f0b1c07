# cython: language_level=3, boundscheck=False, wraparound=False, initializedcheck=False
"""``PageIndex._walk`` compiled: the same walk, run on libxml2's nodes.

The walk touches every element of every page. In Python each element costs about 2 µs, most
of it spent turning the element's tag, text, tail and attribute names into Python objects
before anything can be decided. Here what can be decided on the bytes is decided on them (is
this a tag the index files, is the text blank, could it be a date or a byline), and Python
objects are made only for what the index files or must read as text. That reading stays in
``index.py`` (``PageIndex._file_text``, the tag filers, the class memo), so the rules have one
definition; ``tests/sources/test_compiled_walk.py`` requires both walks to give the same index
on every fixture, on generated pages and on the corpus.

Only lxml's public C API (``lxml.includes.etreepublic``) and libxml2's node structs are used:
no libxml2 function is called, so the module does not link against libxml2. The walk holds
pointers to nodes while it calls back into index.py, so those callbacks only read the tree.
"""

cimport lxml.includes.etreepublic as cetree
from lxml.includes cimport tree
from lxml.includes.tree cimport xmlAttr, xmlNode
from libc.string cimport strcmp, strlen

from .index import (
    _CLASSIFIED, _NEVER_DATED, _RAW_TEXT, _TAGGED, BYLINE_LABELS, DATE_LABEL_CHARS, DATE_LABELS, OPENING_CHARS,
    LOOSE_TEXT_TAGS, MAX_BARE_DATE_CHARS, MAX_BYLINE_LABEL_CHARS, MAX_PRINTED_BYLINE_CHARS,
    MIN_BARE_DATE_CHARS, PRINTED_BYLINE_OPENINGS, AUTHOR_PATH_STARTS, _file_anchor, _near, _remember,
)
from ..dom.visibility import HIDING_OR_SCREEN_READER_CLASSES, REVEALING_OPENINGS
from .index import BYLINE_HINT_WORDS, DATE_HINT_WORDS
from .index import _BYLINE_INITIALS as _PY_BYLINE_INITIALS
from .index import _LABEL_INITIALS as _PY_LABEL_INITIALS

from lxml import etree as _etree

# The structs read here are those of the lxml this module was built against: under another
# major version of lxml, refuse to load, so that index.py runs the Python walk instead.
_BUILT_AGAINST = (<bytes>cetree.LXML_VERSION_STRING).decode()
if _BUILT_AGAINST.split(".")[0] != _etree.__version__.split(".")[0]:
    raise ImportError(f"articlekit's compiled walk was built against lxml {_BUILT_AGAINST}, not {_etree.__version__}")
cetree.import_lxml__etree()


# The index's sets of tags and first letters, as C tests. They are built from index.py's own
# sets, so a change there is a change here.
cdef enum:
    MAX_TAGS = 16


cdef struct TagSet:
    int size
    const char* names[MAX_TAGS]


cdef list _kept_bytes = []  # keeps the bytes of the C sets' strings alive


cdef TagSet _tag_set(names) except *:
    cdef TagSet tags
    tags.size = 0
    if len(names) > MAX_TAGS:
        raise ValueError(f"a tag set of {len(names)} names; the compiled walk holds {MAX_TAGS}")
    for name in sorted(names):
        encoded = name.encode()
        _kept_bytes.append(encoded)
        tags.names[tags.size] = encoded
        tags.size += 1
    return tags


cdef TagSet _LOOSE = _tag_set(LOOSE_TEXT_TAGS)
cdef TagSet _RAW = _tag_set(_RAW_TEXT)
cdef TagSet _UNDATED = _tag_set(_NEVER_DATED)
cdef TagSet _FILED = _tag_set(_TAGGED)


# What the walk needs to know of a tag, as bits.
cdef enum TagKind:
    RAW = 1         # index._RAW_TEXT
    LOOSE = 2       # dom.text.LOOSE_TEXT_TAGS
    UNDATED = 4     # index._NEVER_DATED
    FILED = 8       # index._TAGGED
    IS_A = 16
    IS_TIME = 32
    IS_H1 = 64
    IS_META = 128
    KNOWN = 256     # a cache entry's mark


cdef int _tag_kind(const char* name) noexcept nogil:
    cdef int kind = KNOWN
    if _in_set(name, &_RAW):
        kind |= RAW
    if _in_set(name, &_LOOSE):
        kind |= LOOSE
    if _in_set(name, &_UNDATED):
        kind |= UNDATED
    if _in_set(name, &_FILED):
        kind |= FILED
    if strcmp(name, "a") == 0:
        kind |= IS_A
    elif strcmp(name, "time") == 0:
        kind |= IS_TIME
    elif strcmp(name, "h1") == 0:
        kind |= IS_H1
    elif strcmp(name, "meta") == 0:
        kind |= IS_META
    return kind


# libxml2's parser keeps one copy of each tag name per document, so a tag's kind is looked up
# by the name's address in a small table (a different address is a miss, never a wrong answer).
cdef enum:
    TAG_CACHE_SLOTS = 64


cdef struct TagCache:
    const void* names[TAG_CACHE_SLOTS]
    int kinds[TAG_CACHE_SLOTS]


cdef inline int _kind_of(TagCache* cache, const unsigned char* name, int (*kind_of)(const char*) noexcept nogil) noexcept nogil:
    cdef size_t slot = (<size_t>name >> 4) % TAG_CACHE_SLOTS
    if cache.names[slot] != <const void*>name:
        cache.names[slot] = <const void*>name
        cache.kinds[slot] = kind_of(<const char*>name)
    return cache.kinds[slot]


# What the walk needs to know of an attribute's name.
cdef enum AttributeKind:
    CLASS_OR_ID = 1
    IS_CLASS = 2
    ITEMPROP = 4
    STYLE_OR_HIDDEN = 8


cdef int _attribute_kind(const char* name) noexcept nogil:
    if strcmp(name, "class") == 0:
        return KNOWN | CLASS_OR_ID | IS_CLASS
    if strcmp(name, "id") == 0:
        return KNOWN | CLASS_OR_ID
    if strcmp(name, "itemprop") == 0:
        return KNOWN | ITEMPROP
    if strcmp(name, "style") == 0 or strcmp(name, "hidden") == 0:
        return KNOWN | STYLE_OR_HIDDEN
    return KNOWN


cdef inline bint _in_set(const char* name, TagSet* tags) noexcept nogil:
    cdef int i
    for i in range(tags.size):
        if strcmp(name, tags.names[i]) == 0:
            return True
    return False


# The labels and openings the Python walk looks for in a text, those written in ASCII: they are
# only compared with ASCII openings (where an opening is not ASCII, the Python walk decides).
cdef enum:
    MAX_WORDS = 64


cdef struct Words:
    int size
    const char* words[MAX_WORDS]
    Py_ssize_t lengths[MAX_WORDS]
    bint initials[128]  # the letters some word opens with, lower-cased


cdef Words _words(strings) except *:
    cdef Words words
    cdef int c
    words.size = 0
    for c in range(128):
        words.initials[c] = False
    for string in sorted(strings):
        if not string.isascii():
            continue
        if words.size == MAX_WORDS:
            raise ValueError(f"more than {MAX_WORDS} words for the compiled walk")
        encoded = string.encode()
        _kept_bytes.append(encoded)
        words.words[words.size] = encoded
        words.lengths[words.size] = len(encoded)
        words.initials[_lower(encoded[0])] = True
        words.size += 1
    return words


cdef Words _DATE_LABELS = _words(DATE_LABELS)
cdef Words _BYLINE_LABELS = _words(BYLINE_LABELS)
cdef Words _PRINTED_OPENINGS = _words(PRINTED_BYLINE_OPENINGS)


cdef inline unsigned char _lower(unsigned char c) noexcept nogil:
    return c + 32 if 65 <= c <= 90 else c


cdef bint _matches(const unsigned char* s, Py_ssize_t n, Words* words, bint whole, bint fold_case) noexcept nogil:
    # Whether s[:n] (lower-cased, with fold_case) opens with one of the words, or (whole) is one.
    cdef int w
    cdef Py_ssize_t i, length
    cdef const char* word
    if n <= 0 or s[0] >= 128 or not words.initials[_lower(s[0])]:
        return False
    for w in range(words.size):
        length = words.lengths[w]
        if length > n or (whole and length != n):
            continue
        word = words.words[w]
        i = 0
        while i < length and (_lower(s[i]) if fold_case else s[i]) == <unsigned char>word[i]:
            i += 1
        if i == length:
            return True
    return False


cdef inline bint _opens_with(const unsigned char* s, Py_ssize_t n, Words* words) noexcept nogil:
    # Whether s[:n].lower() opens with one of the words.
    return _matches(s, n, words, False, True)


# A class or id value, classified on its bytes as index._classify does on its string.
cdef Words _HIDING_CLASSES = _words(HIDING_OR_SCREEN_READER_CLASSES)
cdef Words _REVEALING_OPENINGS = _words(REVEALING_OPENINGS)

cdef enum ClassKind:
    NOT_ASCII = -1  # the string decides (index._classify, through its memo)
    NAMES_BYLINE = 1
    NAMES_DATE = 2
    HIDES = 4


# The hint words by their first letter, each with what it names, so one pass over a value
# finds both kinds of hint.
cdef enum:
    MAX_HINTS_PER_LETTER = 6


cdef struct HintsByLetter:
    int count[128]
    const char* words[128][MAX_HINTS_PER_LETTER]
    Py_ssize_t lengths[128][MAX_HINTS_PER_LETTER]
    int kinds[128][MAX_HINTS_PER_LETTER]


cdef HintsByLetter _HINTS


cdef int _add_hints(words, int kind) except -1:
    for word in words:
        encoded = word.encode("ascii")
        _kept_bytes.append(encoded)
        first = encoded[0]
        if _HINTS.count[first] == MAX_HINTS_PER_LETTER:
            raise ValueError(f"more than {MAX_HINTS_PER_LETTER} hint words open with {word[0]!r}")
        _HINTS.words[first][_HINTS.count[first]] = encoded
        _HINTS.lengths[first][_HINTS.count[first]] = len(encoded)
        _HINTS.kinds[first][_HINTS.count[first]] = kind
        _HINTS.count[first] += 1
    return 0


cdef int _hints_in(const unsigned char* s, Py_ssize_t n) noexcept nogil:
    # The kinds of hint words s[:n].lower() holds (NAMES_BYLINE, NAMES_DATE).
    cdef int kinds = 0, w
    cdef Py_ssize_t i, j, length
    cdef unsigned char c
    cdef const char* word
    for i in range(n):
        c = _lower(s[i])
        for w in range(_HINTS.count[c]):
            length = _HINTS.lengths[c][w]
            if length > n - i:
                continue
            word = _HINTS.words[c][w]
            j = 1
            while j < length and _lower(s[i + j]) == <unsigned char>word[j]:
                j += 1
            if j == length:
                kinds |= _HINTS.kinds[c][w]
    return kinds


_add_hints(BYLINE_HINT_WORDS, NAMES_BYLINE)
_add_hints(DATE_HINT_WORDS, NAMES_DATE)


cdef bint _is_hiding_class(const unsigned char* s, Py_ssize_t n) noexcept nogil:
    return _matches(s, n, &_HIDING_CLASSES, True, False)


cdef bint _reveals(const unsigned char* s, Py_ssize_t n) noexcept nogil:
    # A responsive class: it holds a colon or opens with one of REVEALING_OPENINGS.
    cdef Py_ssize_t i
    for i in range(n):
        if s[i] == c':':
            return True
    return _matches(s, n, &_REVEALING_OPENINGS, False, False)


cdef bint _any_word(const unsigned char* s, Py_ssize_t n, bint (*test)(const unsigned char*, Py_ssize_t) noexcept nogil) noexcept nogil:
    # Whether one of the words of s[:n] (split at whitespace, as str.split() does) passes test.
    cdef Py_ssize_t i = 0, start
    while i < n:
        while i < n and _is_space(s[i]):
            i += 1
        start = i
        while i < n and not _is_space(s[i]):
            i += 1
        if i > start and test(s + start, i - start):
            return True
    return False


cdef int _classify_bytes(const unsigned char* s) noexcept nogil:
    # index._classify on an ASCII value: hints are substrings of the lower-cased value; it
    # hides when one of its whitespace-separated words is a hiding class and none reveals.
    cdef Py_ssize_t n = 0
    cdef int kind = 0
    while s[n] != 0:
        if s[n] >= 128:
            return NOT_ASCII
        n += 1
    if _any_word(s, n, _is_hiding_class) and not _any_word(s, n, _reveals):
        kind |= HIDES
    return kind | _hints_in(s, n)


cdef const unsigned char* _attribute_bytes(xmlAttr* attr) noexcept nogil:
    # An attribute's value as libxml2 holds it, when it is one plain text node ("" for none);
    # NULL otherwise (entities), for the string to decide.
    cdef xmlNode* child = attr.children
    if child is NULL:
        return <const unsigned char*>b""
    if child.next is NULL and child.type == tree.XML_TEXT_NODE and child.content is not NULL:
        return <const unsigned char*>child.content
    return NULL


def classify(str value) -> tuple:
    """index._classify's answer for ``value`` when it is ASCII, as the walk computes it; None
    for other values (the walk hands those to index._classify) and for those holding NUL (no
    attribute in a tree does). For tests."""
    if "\x00" in value:
        return None
    encoded = value.encode()
    cdef int kind = _classify_bytes(encoded)
    if kind == NOT_ASCII:
        return None
    return (bool(kind & NAMES_BYLINE), bool(kind & NAMES_DATE), bool(kind & HIDES))


cdef bint _LABEL_INITIAL[128]
cdef bint _BYLINE_INITIAL[128]
cdef int _i
for _i in range(128):
    _LABEL_INITIAL[_i] = chr(_i) in _PY_LABEL_INITIALS
    _BYLINE_INITIAL[_i] = chr(_i) in _PY_BYLINE_INITIALS
cdef Py_ssize_t _MIN_BARE = MIN_BARE_DATE_CHARS
cdef Py_ssize_t _MAX_BARE = MAX_BARE_DATE_CHARS
cdef Py_ssize_t _MAX_LABEL = MAX_BYLINE_LABEL_CHARS
cdef Py_ssize_t _MAX_PRINTED = MAX_PRINTED_BYLINE_CHARS
cdef Py_ssize_t _HEAD_CHARS = OPENING_CHARS
cdef Py_ssize_t _DATE_LABEL_CHARS = DATE_LABEL_CHARS


cdef inline bint _is_space(unsigned char c) noexcept nogil:
    # The ASCII characters Python's str.isspace() and str.strip() treat as whitespace.
    return c == 32 or 9 <= c <= 13 or 28 <= c <= 31


cdef inline xmlNode* _text_run(xmlNode* node) noexcept nogil:
    # The first of the text nodes lxml joins into ``.text`` (or ``.tail``) when given the node
    # after the element's start (or end); NULL when there are none.
    while node is not NULL:
        if node.type == tree.XML_TEXT_NODE or node.type == tree.XML_CDATA_SECTION_NODE:
            return node
        if node.type == tree.XML_XINCLUDE_START or node.type == tree.XML_XINCLUDE_END:
            node = node.next
        else:
            return NULL
    return NULL


# Python's whitespace beyond ASCII (str.isspace, str.strip), as code points.
# Two facts of Python's Unicode data the byte-level tests rely on, checked against it by the
# tests: the whitespace beyond ASCII (what str.isspace() and str.strip() take), and the
# characters beyond ASCII whose lower case opens with an ASCII letter (KELVIN SIGN, LATIN
# CAPITAL LETTER I WITH DOT ABOVE), behind which a date label's initial might hide.
WIDE_SPACES = (0x85, 0xA0, 0x1680, *range(0x2000, 0x200B), 0x2028, 0x2029, 0x202F, 0x205F, 0x3000)
LOWERING_TO_ASCII = (0x130, 0x212A)
cdef unsigned int _WIDE_SPACES[32]
cdef int _WIDE_SPACE_COUNT = len(WIDE_SPACES)
for _i, _c in enumerate(WIDE_SPACES):
    _WIDE_SPACES[_i] = _c
cdef unsigned int _LOWERING_TO_ASCII[2]
_LOWERING_TO_ASCII[0], _LOWERING_TO_ASCII[1] = LOWERING_TO_ASCII


cdef inline bint _is_wide_space(unsigned int c) noexcept nogil:
    cdef int i
    for i in range(_WIDE_SPACE_COUNT):
        if _WIDE_SPACES[i] == c:
            return True
    return False


cdef inline bint _is_space_char(unsigned int c) noexcept nogil:
    return _is_space(<unsigned char>c) if c < 128 else _is_wide_space(c)


cdef enum:
    BAD_UTF8 = 0x110000


cdef inline unsigned int _decode_at(const unsigned char* s, Py_ssize_t* i) noexcept nogil:
    # The code point at s[i[0]], moving i past it; BAD_UTF8 for a sequence that is not one.
    cdef unsigned char c = s[i[0]]
    cdef int extra
    cdef unsigned int cp
    if c < 0x80:
        i[0] += 1
        return c
    if 0xC2 <= c <= 0xDF:
        extra, cp = 1, c & 0x1F
    elif 0xE0 <= c <= 0xEF:
        extra, cp = 2, c & 0x0F
    elif 0xF0 <= c <= 0xF4:
        extra, cp = 3, c & 0x07
    else:
        return BAD_UTF8
    i[0] += 1
    while extra:
        c = s[i[0]]
        if c & 0xC0 != 0x80:
            return BAD_UTF8
        cp = (cp << 6) | (c & 0x3F)
        i[0] += 1
        extra -= 1
    return cp


cdef inline unsigned int _char_before(const unsigned char* s, Py_ssize_t* end) noexcept nogil:
    # The code point whose bytes end before s[end[0]], moving end back to its first byte.
    cdef Py_ssize_t i = end[0] - 1
    while i > 0 and s[i] & 0xC0 == 0x80:
        i -= 1
    end[0] = i
    return _decode_at(s, &i)


# What the bytes of a text say, without making a Python string of them.
cdef enum TextKind:
    BLANK = 0       # no text, or only whitespace
    TEXT = 1        # one text node, not blank: measured here
    OTHER_TEXT = 2  # several text nodes, or bytes that are not UTF-8: the Python string decides


cdef struct TextShape:
    TextKind kind
    const unsigned char* text  # its bytes (TEXT)
    Py_ssize_t chars      # characters
    Py_ssize_t lead       # whitespace characters before the first other character
    Py_ssize_t lead_bytes
    Py_ssize_t stripped   # characters left after str.strip()
    unsigned int first         # the first character after the leading whitespace
    bint has_year         # index._YEAR may find a year in it (exactly so for ASCII text)


cdef TextShape _shape(xmlNode* run) noexcept nogil:
    cdef TextShape shape
    shape.kind = BLANK
    shape.text = NULL
    shape.chars = shape.lead = shape.lead_bytes = shape.stripped = 0
    shape.first = 0
    shape.has_year = False
    if run is NULL:
        return shape
    cdef xmlNode* other = _text_run(run.next)
    cdef const unsigned char* s = <const unsigned char*>run.content
    if other is not NULL or s is NULL:
        # Several text nodes in a row (where code was stripped from between them): judged as
        # a whole in Python, unless every one is ASCII whitespace.
        while run is not NULL:
            s = <const unsigned char*>run.content
            if s is not NULL:
                while s[0] != 0:
                    if not _is_space(s[0]):
                        shape.kind = OTHER_TEXT
                        return shape
                    s += 1
            run = _text_run(run.next)
        return shape
    cdef Py_ssize_t n = 0, i, end = 0, chars = 0, trailing = 0
    cdef unsigned char high = 0
    cdef unsigned int c = 0
    n = <Py_ssize_t>strlen(<const char*>s)
    for i in range(n):
        high |= s[i]
    if high < 0x80:  # ASCII, the common case: a character is a byte
        i = 0
        while i < n and _is_space(s[i]):
            i += 1
        if i == n:
            return shape
        end = n
        while _is_space(s[end - 1]):
            end -= 1
        shape.kind = TEXT
        shape.text = s
        shape.chars = n
        shape.lead = shape.lead_bytes = i
        shape.first = s[i]
        shape.stripped = end - i
        if n <= _MAX_BARE:
            shape.has_year = _ascii_year(s, n)
        return shape
    for i in range(n):
        if s[i] & 0xC0 != 0x80:
            chars += 1
    i = 0
    while True:  # the leading whitespace
        end = i
        c = _decode_at(s, &i)
        if c == BAD_UTF8:
            shape.kind = OTHER_TEXT
            return shape
        if not _is_space_char(c):
            break
        shape.lead += 1
        if i == n:
            return shape
    shape.lead_bytes = end
    shape.first = c
    end = n
    c = _char_before(s, &end)
    while c != BAD_UTF8 and _is_space_char(c):  # the trailing whitespace, read backwards
        trailing += 1
        c = _char_before(s, &end)
    if c == BAD_UTF8:
        shape.kind = OTHER_TEXT
        return shape
    shape.kind = TEXT
    shape.text = s
    shape.chars = chars
    shape.stripped = chars - shape.lead - trailing
    # Python's \d also takes other scripts' digits: any "19" or "20" may open a year.
    if chars <= _MAX_BARE:
        for i in range(n - 1):
            if s[i] == c'1' and s[i + 1] == c'9' or s[i] == c'2' and s[i + 1] == c'0':
                shape.has_year = True
                break
    return shape


cdef bint _ascii_year(const unsigned char* s, Py_ssize_t n) noexcept nogil:
    # index._YEAR on ASCII text: a run of exactly four digits opening with 19 or 20.
    cdef Py_ssize_t i, digits = 0
    for i in range(n + 1):
        if i < n and 48 <= s[i] <= 57:
            digits += 1
            continue
        if digits == 4 and (s[i - 4] == c'1' and s[i - 3] == c'9' or s[i - 4] == c'2' and s[i - 3] == c'0'):
            return True
        digits = 0
    return False


cdef inline bint _is_ascii(const unsigned char* s, Py_ssize_t n) noexcept nogil:
    # Whether the first n characters are ASCII (stopping early at the text's end).
    cdef Py_ssize_t i = 0
    while i < n and s[i] != 0:
        if s[i] >= 128:
            return False
        i += 1
    return True


cdef inline bint _lowers_to_ascii(unsigned int c) noexcept nogil:
    return c == _LOWERING_TO_ASCII[0] or c == _LOWERING_TO_ASCII[1]


cdef inline Py_ssize_t _label_chars(const unsigned char* s, Py_ssize_t head) noexcept nogil:
    # The characters of the first ``head`` left once the spaces and colons after them are cut
    # (Python's ``rstrip(" :\\t\\n\\r")``), counted on the UTF-8 bytes.
    cdef Py_ssize_t i = 0, chars = 0, kept = 0
    cdef unsigned char c
    while s[i] != 0:
        c = s[i]
        if (c & 0xC0) != 0x80:  # the first byte of a character
            if chars == head:
                break
            chars += 1
            if not (c == 32 or c == 58 or c == 9 or c == 10 or c == 13):
                kept = chars
        i += 1
    return kept


cdef bint _may_be_filed_by_text(TextShape shape, bint is_time, bint leaf) noexcept nogil:
    # Whether PageIndex._file_text could file an element with this text: each of its tests,
    # run on the bytes. True sends the element to _file_text, which decides; so where a test
    # would need more than ASCII to decide (a label's letters in another script), it says True.
    cdef Py_ssize_t head = (_HEAD_CHARS if shape.chars > _HEAD_CHARS else shape.chars) - shape.lead
    if head <= 0:
        return False
    cdef const unsigned char* opening = shape.text + shape.lead_bytes
    cdef unsigned int first = shape.first
    cdef Py_ssize_t label_chars, width
    # A date line's label ("head[:DATE_LABEL_CHARS].lower().startswith(DATE_LABELS)").
    if not is_time:
        if first < 128 and _LABEL_INITIAL[_lower(<unsigned char>first)]:
            width = min(head, _DATE_LABEL_CHARS)
            if not _is_ascii(opening, width) or _opens_with(opening, width, &_DATE_LABELS):
                return True
        elif _lowers_to_ascii(first):
            return True
    if _MIN_BARE <= shape.chars <= _MAX_BARE and shape.has_year:
        return True
    if first >= 128 or not _BYLINE_INITIAL[first]:
        return False
    # A byline's label alone ("By", "Autor:"), as index.BYLINE_LABELS lists them.
    # Measured without the spaces and colon after it ("By" and the indentation before its link).
    label_chars = _label_chars(opening, head)
    if 0 < label_chars <= _MAX_LABEL:
        if not _is_ascii(opening, label_chars):
            return True
        if _matches(opening, label_chars, &_BYLINE_LABELS, True, True):
            return True
    # A printed byline ("Written by Ana Lima").
    if leaf and shape.chars <= _MAX_PRINTED:
        width = min(head, _MAX_LABEL + 1)
        return not _is_ascii(opening, width) or _opens_with(opening, width, &_PRINTED_OPENINGS)
    return False


cdef inline bint _has_attribute(xmlNode* node, const char* name) noexcept nogil:
    cdef xmlAttr* attr = node.properties
    while attr is not NULL:
        if attr.type == tree.XML_ATTRIBUTE_NODE and attr.ns is NULL and strcmp(<const char*>attr.name, name) == 0:
            return True
        attr = attr.next
    return False


cdef Words _AUTHOR_PATH_STARTS = _words(AUTHOR_PATH_STARTS)


cdef bint _href_may_name_author(xmlNode* node):
    # index._file_anchor's own substring test (AUTHOR_PATH_STARTS), before its regex.
    cdef xmlAttr* attr = node.properties
    cdef const unsigned char* href
    cdef Py_ssize_t i, n
    while attr is not NULL:
        if attr.type == tree.XML_ATTRIBUTE_NODE and attr.ns is NULL and strcmp(<const char*>attr.name, "href") == 0:
            href = _attribute_bytes(attr)
            if href is NULL:
                value = cetree.attributeValue(node, attr)
                return any(start in value for start in AUTHOR_PATH_STARTS)
            n = <Py_ssize_t>strlen(<const char*>href)
            for i in range(n):
                if href[i] == c'/' and _matches(href + i, n - i, &_AUTHOR_PATH_STARTS, False, False):
                    return True
            return False
        attr = attr.next
    return False


cdef inline xmlNode* _next_element(xmlNode* top, xmlNode* node) noexcept nogil:
    # The element after ``node`` in document order, staying under ``top``: what iter() gives.
    cdef xmlNode* child = node.children
    while child is not NULL:
        if child.type == tree.XML_ELEMENT_NODE:
            return child
        child = child.next
    while node is not top and node is not NULL:
        child = node.next
        while child is not NULL:
            if child.type == tree.XML_ELEMENT_NODE:
                return child
            child = child.next
        node = node.parent
    return NULL


cdef inline object _proxy(cetree._Document doc, xmlNode* node, object el):
    # The element's proxy: the one made already, or a new one.
    return el if el is not None else cetree.elementFactory(doc, node)


cdef inline bint _is_leaf(xmlNode* node) noexcept nogil:
    cdef xmlNode* child = node.children
    while child is not NULL:
        if child.type == tree.XML_ELEMENT_NODE or child.type == tree.XML_COMMENT_NODE or child.type == tree.XML_PI_NODE or child.type == tree.XML_ENTITY_REF_NODE:
            return False
        child = child.next
    return True


def walk(index) -> None:
    """Fills ``index`` (a fresh ``PageIndex``) as ``PageIndex._walk`` does."""
    cdef cetree._Element root = index.root
    cdef cetree._Document doc = root._doc
    cdef xmlNode* top = root._c_node
    cdef xmlNode* node = top
    cdef xmlNode* parent
    cdef xmlAttr* attr
    cdef const unsigned char* value_bytes
    cdef int class_kind
    cdef list hinted = index.hinted, itemprops = index.itemprops, dated_els = index.dated
    cdef list styled = index.styled
    cdef dict loose_chars = index.loose_chars
    cdef dict seen = _CLASSIFIED
    cdef dict tagged = _TAGGED
    cdef object file_text = index._file_text
    cdef object last_date_before_h1 = None
    cdef object el, parent_el, text, tail, value, kind
    cdef str tag
    cdef bint after_h1 = False, dated, byline, is_time, raw, loose
    cdef TextShape shape, tail_shape
    cdef TagCache tags, attribute_names
    cdef int tag_kind, attribute_kind
    for slot in range(TAG_CACHE_SLOTS):
        tags.names[slot] = NULL
        attribute_names.names[slot] = NULL
    while node is not NULL:
        el = None  # its proxy, made only when the element is filed or measured: most are neither
        tag_kind = _kind_of(&tags, node.name, _tag_kind)
        raw = tag_kind & RAW
        is_time = tag_kind & IS_TIME
        loose = tag_kind & LOOSE
        # The element's own text, measured on its bytes; a Python string only when needed.
        text = None
        if raw:  # a script's or style sheet's code is not read, as in the Python walk
            shape = _shape(NULL)
        else:
            shape = _shape(_text_run(node.children))
        if shape.kind == OTHER_TEXT:
            el = _proxy(doc, node, el)
            text = el.text
            if text.isspace():
                text = None
                shape.kind = BLANK
            elif loose:
                el = _proxy(doc, node, el)
                loose_chars[el] = len(text.strip())
        elif shape.kind == TEXT and loose:
            el = _proxy(doc, node, el)
            loose_chars[el] = shape.stripped
        # Its tail counts as its parent's loose text.
        tail_shape = _shape(_text_run(node.next))
        if tail_shape.kind != BLANK:
            parent = node.parent
            if parent is not NULL and parent.type == tree.XML_ELEMENT_NODE and _kind_of(&tags, parent.name, _tag_kind) & LOOSE:
                parent_el = cetree.elementFactory(doc, parent)
                if tail_shape.kind == TEXT:
                    loose_chars[parent_el] = loose_chars.get(parent_el, 0) + tail_shape.stripped
                else:
                    el = _proxy(doc, node, el)
                    tail = el.tail
                    if not tail.isspace():
                        loose_chars[parent_el] = loose_chars.get(parent_el, 0) + len(tail.strip())
        # The tags the index files.
        if tag_kind & IS_A:
            if _has_attribute(node, "rel") or _href_may_name_author(node):
                el = _proxy(doc, node, el)
                _file_anchor(index, el, el.keys())
        elif tag_kind & FILED:
            el = _proxy(doc, node, el)
            tag = el.tag
            el = _proxy(doc, node, el)
            tagged[tag](index, el, el.keys())
            if not after_h1 and tag_kind & IS_H1:
                after_h1 = True
                el = _proxy(doc, node, el)
                if last_date_before_h1 is not None and _near(last_date_before_h1, el):
                    index.date_above_headline = last_date_before_h1
        # Its attributes.
        dated = False
        byline = False
        attr = node.properties
        while attr is not NULL:
            if attr.type != tree.XML_ATTRIBUTE_NODE or attr.ns is not NULL:
                attr = attr.next
                continue
            attribute_kind = _kind_of(&attribute_names, attr.name, _attribute_kind)
            if attribute_kind & CLASS_OR_ID:
                value_bytes = _attribute_bytes(attr)
                class_kind = NOT_ASCII if value_bytes is NULL else _classify_bytes(value_bytes)
                if class_kind == NOT_ASCII:
                    value = cetree.attributeValue(node, attr) or ""
                    kind = seen.get(value)
                    if kind is None:
                        kind = _remember(value)
                    class_kind = (NAMES_BYLINE if kind[0] else 0) | (NAMES_DATE if kind[1] else 0) | (HIDES if kind[2] else 0)
                if class_kind:
                    byline = byline or class_kind & NAMES_BYLINE
                    dated = dated or class_kind & NAMES_DATE
                    if class_kind & HIDES and attribute_kind & IS_CLASS:
                        el = _proxy(doc, node, el)
                        styled.append(el)
            elif attribute_kind & ITEMPROP:
                if not tag_kind & IS_META:
                    el = _proxy(doc, node, el)
                    itemprops.append(el)
            elif attribute_kind & STYLE_OR_HIDDEN:
                el = _proxy(doc, node, el)
                styled.append(el)
            attr = attr.next
        if byline:
            el = _proxy(doc, node, el)
            hinted.append(el)
        # Dates and bylines read from the text.
        if shape.kind == BLANK and not dated and not is_time:
            node = _next_element(top, node)
            continue
        if tag_kind & UNDATED:
            node = _next_element(top, node)
            continue
        if dated or (is_time and not _has_attribute(node, "datetime")):
            el = _proxy(doc, node, el)
            dated_els.append(el)
            node = _next_element(top, node)
            continue
        if shape.kind == BLANK:
            node = _next_element(top, node)
            continue
        if shape.kind == TEXT and not _may_be_filed_by_text(shape, is_time, _is_leaf(node)):
            node = _next_element(top, node)
            continue
        if text is None:
            el = _proxy(doc, node, el)
            text = el.text
        el = _proxy(doc, node, el)
        if file_text(el, el.tag, text, after_h1):
            last_date_before_h1 = el
        node = _next_element(top, node)
