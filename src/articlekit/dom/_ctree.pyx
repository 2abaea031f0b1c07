# cython: language_level=3, boundscheck=False, wraparound=False, initializedcheck=False
"""``parse``'s two questions about the tree it has just built, answered in one compiled pass
over libxml2's nodes: whether an element lies deeper than the depth the later walks allow
(``parse.MAX_DEPTH``), and which of the void elements libxml2 leaves open around what follows
them (``parse._UNKNOWN_VOIDS``) have content to hoist out. The XPath depth test and the
tag-filtered ``iter`` they replace took a tenth of an extraction's time between them.
``tests/test_parse_limits.py`` holds the two ways to the same answers.
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
            if node.children is not NULL:
                if node.name is not NULL and _is_unknown_void(<const char*>node.name):
                    voids.append(cetree.elementFactory(doc, node))
                node = node.children
                depth += 1
                continue
        while node is not top and node.next is NULL:
            node = node.parent
            depth -= 1
        if node is top:
            break
        node = node.next
    return too_deep, voids
