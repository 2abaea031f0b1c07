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
no libxml2 function is called, so the module does not link against libxml2.
"""

cimport lxml.includes.etreepublic as cetree
from lxml.includes cimport tree
from lxml.includes.tree cimport xmlAttr, xmlNode
from libc.string cimport strcmp

from .index import (
    _CLASSIFIED, _NEVER_DATED, _PLAIN, _RAW_TEXT, _TAGGED, LOOSE_TEXT_TAGS, MAX_BARE_DATE_CHARS,
    MAX_BYLINE_LABEL_CHARS, MAX_PRINTED_BYLINE_CHARS, MIN_BARE_DATE_CHARS, _file_anchor, _near,
    _remember,
)
from .index import _BYLINE_INITIALS as _PY_BYLINE_INITIALS
from .index import _LABEL_INITIALS as _PY_LABEL_INITIALS

cetree.import_lxml__etree()


# The index's sets of tags and first letters, as C tests. They are built from index.py's own
# sets, so a change there is a change here.
cdef enum:
    MAX_TAGS = 16


cdef struct TagSet:
    int size
    const char* names[MAX_TAGS]


cdef list _tag_bytes = []  # keeps the names' bytes alive for the C sets


cdef TagSet _tag_set(names) except *:
    cdef TagSet tags
    tags.size = 0
    if len(names) > MAX_TAGS:
        raise ValueError(f"a tag set of {len(names)} names; the compiled walk holds {MAX_TAGS}")
    for name in sorted(names):
        encoded = name.encode()
        _tag_bytes.append(encoded)
        tags.names[tags.size] = encoded
        tags.size += 1
    return tags


cdef TagSet _LOOSE = _tag_set(LOOSE_TEXT_TAGS)
cdef TagSet _RAW = _tag_set(_RAW_TEXT)
cdef TagSet _UNDATED = _tag_set(_NEVER_DATED)
cdef TagSet _FILED = _tag_set(_TAGGED)


cdef inline bint _in(xmlNode* node, TagSet* tags) noexcept nogil:
    cdef int i
    for i in range(tags.size):
        if strcmp(<const char*>node.name, tags.names[i]) == 0:
            return True
    return False


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
# How far into the text the Python walk looks for its opening ("head = text[:40]").
cdef Py_ssize_t _HEAD_CHARS = 40


cdef inline bint _is_space(unsigned char c) noexcept nogil:
    # The ASCII characters Python's str.isspace() and str.strip() treat as whitespace.
    return c == 32 or 9 <= c <= 13 or 28 <= c <= 31


cdef inline bint _named(xmlNode* node, const char* name) noexcept nogil:
    return strcmp(<const char*>node.name, name) == 0


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


# What the bytes of a text say, without making a Python string of them.
cdef enum TextKind:
    BLANK = 0      # no text, or only ASCII whitespace
    ASCII_TEXT = 1  # one text node, ASCII, not blank: measured in C
    OTHER_TEXT = 2  # anything else: the Python string decides


cdef struct TextShape:
    TextKind kind
    Py_ssize_t chars      # characters (= bytes, for ASCII_TEXT)
    Py_ssize_t lead       # ASCII whitespace characters before the first other character
    Py_ssize_t stripped   # characters left after str.strip()
    unsigned char first   # the first character after the leading whitespace
    bint has_year         # a four-digit 19xx/20xx year stands alone in it


cdef TextShape _shape(xmlNode* run) noexcept nogil:
    cdef TextShape shape
    shape.kind = BLANK
    shape.chars = shape.lead = shape.stripped = 0
    shape.first = 0
    shape.has_year = False
    if run is NULL:
        return shape
    cdef xmlNode* other = _text_run(run.next)
    cdef const unsigned char* s = <const unsigned char*>run.content
    if other is not NULL or s is NULL:
        # Several text nodes in a row (rare in an HTML tree): judged as a whole in Python,
        # unless every one is blank.
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
    cdef Py_ssize_t i = 0, last = -1, digits = 0
    cdef unsigned char c
    cdef bint seen_other = False
    while s[i] != 0:
        c = s[i]
        if c >= 128:
            shape.kind = OTHER_TEXT
            return shape
        if not _is_space(c):
            if not seen_other:
                seen_other = True
                shape.lead = i
                shape.first = c
            last = i
        # A run of exactly four digits opening with 19 or 20 (index._YEAR).
        if 48 <= c <= 57:
            digits += 1
        else:
            if digits == 4 and (s[i - 4] == c'1' and s[i - 3] == c'9' or s[i - 4] == c'2' and s[i - 3] == c'0'):
                shape.has_year = True
            digits = 0
        i += 1
    if digits == 4 and (s[i - 4] == c'1' and s[i - 3] == c'9' or s[i - 4] == c'2' and s[i - 3] == c'0'):
        shape.has_year = True
    if not seen_other:
        return shape
    shape.kind = ASCII_TEXT
    shape.chars = i
    shape.stripped = last - shape.lead + 1
    return shape


cdef bint _may_be_filed_by_text(TextShape shape, bint is_time, bint leaf) noexcept nogil:
    # Whether PageIndex._file_text could file an element with this ASCII text: False only
    # where each of its tests is sure to fail.
    cdef Py_ssize_t head = (_HEAD_CHARS if shape.chars > _HEAD_CHARS else shape.chars) - shape.lead
    if head <= 0:
        return False
    cdef unsigned char first = shape.first
    cdef unsigned char lower = first + 32 if 65 <= first <= 90 else first
    if _LABEL_INITIAL[lower] and not is_time:
        return True
    if _MIN_BARE <= shape.chars <= _MAX_BARE and shape.has_year:
        return True
    if _BYLINE_INITIAL[first] and (head <= _MAX_LABEL or (leaf and shape.chars <= _MAX_PRINTED)):
        return True
    return False


cdef inline bint _has_attribute(xmlNode* node, const char* name) noexcept nogil:
    cdef xmlAttr* attr = node.properties
    while attr is not NULL:
        if attr.type == tree.XML_ATTRIBUTE_NODE and attr.ns is NULL and strcmp(<const char*>attr.name, name) == 0:
            return True
        attr = attr.next
    return False


cdef bint _href_may_name_author(xmlNode* node):
    # index._file_anchor's own substring test, before its regex.
    cdef xmlAttr* attr = node.properties
    cdef str href
    while attr is not NULL:
        if attr.type == tree.XML_ATTRIBUTE_NODE and attr.ns is NULL and strcmp(<const char*>attr.name, "href") == 0:
            href = cetree.attributeValue(node, attr)
            return "/au" in href or "/jo" in href or "/re" in href
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
    cdef const char* attr_name
    cdef list elements = []
    cdef list hinted = index.hinted, itemprops = index.itemprops, dated_els = index.dated
    cdef list styled = index.styled
    cdef dict loose_chars = index.loose_chars
    cdef dict seen = _CLASSIFIED
    cdef dict tagged = _TAGGED
    cdef object plain = _PLAIN
    cdef object file_text = index._file_text
    cdef object last_date_before_h1 = None
    cdef object el, parent_el, text, tail, value, kind
    cdef str tag
    cdef bint after_h1 = False, dated, byline, is_time, raw, loose
    cdef TextShape shape, tail_shape
    index.elements = elements
    while node is not NULL:
        el = cetree.elementFactory(doc, node)
        elements.append(el)
        raw = _in(node, &_RAW)
        is_time = _named(node, "time")
        loose = _in(node, &_LOOSE)
        # The element's own text, measured on its bytes; a Python string only when needed.
        text = None
        if raw:  # a script's or style sheet's code is not read, as in the Python walk
            shape = _shape(NULL)
        else:
            shape = _shape(_text_run(node.children))
        if shape.kind == OTHER_TEXT:
            text = el.text
            if text.isspace():
                text = None
                shape.kind = BLANK
            elif loose:
                loose_chars[el] = len(text.strip())
        elif shape.kind == ASCII_TEXT and loose:
            loose_chars[el] = shape.stripped
        # Its tail counts as its parent's loose text.
        tail_shape = _shape(_text_run(node.next))
        if tail_shape.kind != BLANK:
            parent = node.parent
            if parent is not NULL and parent.type == tree.XML_ELEMENT_NODE and _in(parent, &_LOOSE):
                parent_el = cetree.elementFactory(doc, parent)
                if tail_shape.kind == ASCII_TEXT:
                    loose_chars[parent_el] = loose_chars.get(parent_el, 0) + tail_shape.stripped
                else:
                    tail = el.tail
                    if not tail.isspace():
                        loose_chars[parent_el] = loose_chars.get(parent_el, 0) + len(tail.strip())
        # The tags the index files.
        if _named(node, "a"):
            if _has_attribute(node, "rel") or _href_may_name_author(node):
                _file_anchor(index, el, el.keys())
        elif _in(node, &_FILED):
            tag = el.tag
            tagged[tag](index, el, el.keys())
            if not after_h1 and _named(node, "h1"):
                after_h1 = True
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
            attr_name = <const char*>attr.name
            if strcmp(attr_name, "class") == 0 or strcmp(attr_name, "id") == 0:
                value = cetree.attributeValue(node, attr) or ""
                kind = seen.get(value)
                if kind is None:
                    kind = _remember(value)
                if kind is not plain:
                    byline = byline or kind[0]
                    dated = dated or kind[1]
                    if kind[2] and attr_name[0] == c'c':
                        styled.append(el)
            elif strcmp(attr_name, "itemprop") == 0:
                if not _named(node, "meta"):
                    itemprops.append(el)
            elif strcmp(attr_name, "style") == 0 or strcmp(attr_name, "hidden") == 0:
                styled.append(el)
            attr = attr.next
        if byline:
            hinted.append(el)
        # Dates and bylines read from the text.
        if shape.kind == BLANK and not dated and not is_time:
            node = _next_element(top, node)
            continue
        if _in(node, &_UNDATED):
            node = _next_element(top, node)
            continue
        if dated or (is_time and not _has_attribute(node, "datetime")):
            dated_els.append(el)
            node = _next_element(top, node)
            continue
        if shape.kind == BLANK:
            node = _next_element(top, node)
            continue
        if shape.kind == ASCII_TEXT and not _may_be_filed_by_text(shape, is_time, _is_leaf(node)):
            node = _next_element(top, node)
            continue
        if text is None:
            text = el.text
        if file_text(el, el.tag, text, after_h1):
            last_date_before_h1 = el
        node = _next_element(top, node)
