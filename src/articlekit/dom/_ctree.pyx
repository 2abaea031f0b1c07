# cython: language_level=3, boundscheck=False, wraparound=False, initializedcheck=False
"""``parse``'s two questions about the tree it has just built, answered in one compiled pass
over libxml2's nodes: whether an element lies deeper than the depth the later walks allow
(``parse.MAX_DEPTH``), and which of the void elements libxml2 leaves open around what follows
them (``parse._UNKNOWN_VOIDS``) have content to hoist out. The XPath depth test and the
tag-filtered ``iter`` they replace took a tenth of an extraction's time between them.
``tests/test_parse_limits.py`` holds the two ways to the same answers. And, for the strips
of code and junk (``tree.strip_named``), which of a list of tag names the page has at all:
lxml's strip matches each element against every name it is given, slowly.
"""

cimport lxml.includes.etreepublic as cetree
from lxml.includes cimport tree
from lxml.includes.tree cimport xmlNode
from libc.string cimport strcmp

cetree.import_lxml__etree()


cdef bint _is_unknown_void(const char* name) noexcept nogil:
    # parse._UNKNOWN_VOIDS, by their first letter first
    if name[0] == c'e':
        return strcmp(name, "embed") == 0
    if name[0] == c's':
        return strcmp(name, "source") == 0
    if name[0] == c't':
        return strcmp(name, "track") == 0
    if name[0] == c'w':
        return strcmp(name, "wbr") == 0
    if name[0] == c'k':
        return strcmp(name, "keygen") == 0
    if name[0] == c'b':
        return strcmp(name, "bgsound") == 0
    if name[0] == c'i':
        return strcmp(name, "image") == 0
    return False


cdef inline xmlNode* _next_node(xmlNode* top, xmlNode* node, int* depth) noexcept nogil:
    """The node after ``node`` in document order under ``top`` (NULL at the end), into an
    element's children first; ``depth`` follows it down and up."""
    if node.type == tree.XML_ELEMENT_NODE and node.children is not NULL:
        depth[0] += 1
        return node.children
    while node is not top and node.next is NULL:
        node = node.parent
        depth[0] -= 1
    return NULL if node is top else node.next


def depth_and_voids(cetree._Element root, int max_depth):
    """(whether an element lies more than ``max_depth`` levels down, ``root`` being level 1;
    the void elements in the tree that hold text or elements, in document order)."""
    cdef cetree._Document doc = root._doc
    cdef xmlNode* top = root._c_node
    cdef xmlNode* node = top
    cdef int depth = 1
    cdef bint too_deep = False
    cdef list voids = []
    while node is not NULL:
        if node.type == tree.XML_ELEMENT_NODE:
            if depth > max_depth:
                too_deep = True
            if node.children is not NULL and node.name is not NULL and _is_unknown_void(<const char*>node.name):
                voids.append(cetree.elementFactory(doc, node))
        node = _next_node(top, node, &depth)
    return too_deep, voids


# Tag names are interned in the parser's dictionary: each distinct name of a page is compared
# with the asked-for names once, then found by its address.
cdef enum:
    NAME_SLOTS = 256
    MAX_NAMES = 64


cdef struct NameTable:
    const void* keys[NAME_SLOTS]
    int values[NAME_SLOTS]


cdef int _name_index(NameTable* table, const unsigned char* name, const char** wanted, int count) noexcept nogil:
    """The index of ``name`` in ``wanted`` (-1: none), remembered by the name's address in a
    direct-mapped table (a name that takes another's slot is compared again next time)."""
    cdef size_t slot = (<size_t>name >> 4) % NAME_SLOTS
    cdef int i, found = -1
    if table.keys[slot] == <const void*>name:
        return table.values[slot]
    for i in range(count):
        if strcmp(<const char*>name, wanted[i]) == 0:
            found = i
            break
    table.keys[slot] = <const void*>name
    table.values[slot] = found
    return found


def names_present(cetree._Element root, tuple names):
    """The names of ``names`` (at most 64) that some element under ``root`` (itself included)
    has, in the order of ``names``: which of them a strip need look for at all."""
    cdef NameTable table
    cdef const char* wanted[MAX_NAMES]
    cdef bint seen[MAX_NAMES]
    cdef int count = len(names), i, index
    if count > MAX_NAMES:
        raise ValueError(f"at most {MAX_NAMES} names")
    encoded = [name.encode("utf-8") for name in names]
    for i in range(count):
        wanted[i] = encoded[i]
        seen[i] = False
    for i in range(NAME_SLOTS):
        table.keys[i] = NULL
    cdef xmlNode* top = root._c_node
    cdef xmlNode* node = top
    cdef int depth = 1
    while node is not NULL:
        if node.type == tree.XML_ELEMENT_NODE and node.name is not NULL:
            index = _name_index(&table, node.name, wanted, count)
            if index >= 0:
                seen[index] = True
        node = _next_node(top, node, &depth)
    return [names[i] for i in range(count) if seen[i]]

