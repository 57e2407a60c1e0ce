"""Maps ("hidden classes") for the attributes of instances of user classes.

An instance holds a map and a fixed-size list `storage_w`.  A map is one link
of a chain that starts at a terminator (one per class, made lazily by
get_terminator()): each link adds one attribute name, whose value lives at
`storage_w[link.index]`.  Instances that got the same attributes in the same
order share their map, so that with the map promoted, the JIT turns an
attribute access into a constant index (find_index() is elidable) and a plain
array read.

Deleting an attribute, or asking for the instance's __dict__, puts that
instance in "dict mode" for good: its map becomes DICT_MAP and a W_Dict
(MicroPython's __dict__ is live) holds its attributes.

MapdictMixin gives W_Instance and the W_X_User classes the methods of
W_Root's attribute storage protocol (import_from_mixin copies them into each
class, so the fields stay on the concrete classes).
"""
from rpython.rlib import jit
from rpython.rlib.debug import make_sure_not_resized

# more attributes than this on one instance: dict mode (bounds map chains)
MAX_ATTRS = 100
# slots added when the storage is full
GROW = 4
# maps at least this long look names up in a dict of their own
INDEX_CACHE_FROM = 8


class AttrMap(object):
    """A terminator (back is None: no attributes) or one attribute `name`
    stored at `index`, after the attributes of `back`."""
    _immutable_fields_ = ['back', 'name', 'index', 'length', 'terminator']

    def __init__(self, back, name, index, terminator):
        self.back = back
        self.name = name
        self.index = index
        self.length = index + 1         # attributes in the chain up to here
        self.terminator = terminator if terminator is not None else self
        self.transitions = None         # name -> child AttrMap
        self.index_cache = None         # name -> index, for long chains
        self.size_hint = 0              # terminators: storage size to allocate

    @jit.elidable
    def find_index(self, name):
        """The storage index of attribute `name`, or -1."""
        if self.length >= INDEX_CACHE_FROM:
            cache = self.index_cache
            if cache is None:
                cache = self._build_index_cache()
            return cache.get(name, -1)
        m = self
        while m.back is not None:
            if m.name == name:
                return m.index
            m = m.back
        return -1

    def _build_index_cache(self):
        cache = {}
        m = self
        while m.back is not None:
            cache[m.name] = m.index
            m = m.back
        self.index_cache = cache
        return cache

    @jit.elidable
    def add_attr(self, name):
        """The (shared) map of an instance of this map given attribute
        `name`, which this map does not have."""
        transitions = self.transitions
        if transitions is None:
            transitions = {}
            self.transitions = transitions
        child = transitions.get(name, None)
        if child is None:
            child = AttrMap(self, name, self.length, self.terminator)
            transitions[name] = child
            term = self.terminator
            if child.length > term.size_hint:
                term.size_hint = child.length
        return child

    @jit.elidable
    def size_estimate(self):
        """Storage slots to allocate for a new instance (a terminator's
        hint: the length of the longest map made for its class; a stale
        value folded into a trace only costs a grow)."""
        return self.size_hint

    def names(self):
        """The attribute names, in the order they were added."""
        result = [''] * self.length
        m = self
        while m.back is not None:
            result[m.index] = m.name
            m = m.back
        return result


def new_terminator():
    return AttrMap(None, '', -1, None)


# the map of every instance in dict mode
DICT_MAP = new_terminator()


@jit.elidable
def get_terminator(w_type):
    """The root map of instances of w_type (a W_Type), made on first use."""
    term = w_type.terminator
    if term is None:
        term = new_terminator()
        w_type.terminator = term
    return term


def new_storage(terminator):
    return make_sure_not_resized([None] * terminator.size_estimate())


class MapdictMixin(object):
    """Attribute storage with maps; the class using it declares the fields
    'map', 'storage_w' and 'w_dict' and calls _init_map() at creation."""

    def _init_map(self, w_type):
        term = get_terminator(w_type)
        self.map = term
        self.storage_w = new_storage(term)
        self.w_dict = None

    def getdictvalue(self, space, name):
        map = jit.promote(self.map)
        if map is DICT_MAP:
            return self.w_dict.getitem_str(name)
        index = map.find_index(name)
        if index < 0:
            return None
        return self.storage_w[index]

    def setdictvalue(self, space, name, w_value):
        map = jit.promote(self.map)
        if map is DICT_MAP:
            self.w_dict.setitem_str(name, w_value)
            return True
        index = map.find_index(name)
        if index >= 0:
            self.storage_w[index] = w_value
            return True
        if map.length >= MAX_ATTRS:
            self._to_dict_mode()
            self.w_dict.setitem_str(name, w_value)
            return True
        new_map = map.add_attr(name)
        index = new_map.index
        if index >= len(self.storage_w):
            self._grow_storage(new_map)
        self.storage_w[index] = w_value
        self.map = new_map
        return True

    def _grow_storage(self, new_map):
        old = self.storage_w
        new = [None] * (new_map.length + GROW)
        for i in range(len(old)):
            new[i] = old[i]
        self.storage_w = make_sure_not_resized(new)

    def deldictvalue(self, space, name):
        map = jit.promote(self.map)
        if map is not DICT_MAP:
            if map.find_index(name) < 0:
                return False
            self._to_dict_mode()
        return self.w_dict.delitem_str(name)

    def get_dict_w(self, space):
        if self.map is not DICT_MAP:
            self._to_dict_mode()
        return self.w_dict

    def _to_dict_mode(self):
        from interp.objects.dictobject import W_Dict
        map = self.map
        w_d = W_Dict()
        names = map.names()
        for i in range(len(names)):
            w_d.setitem_str(names[i], self.storage_w[i])
        self.w_dict = w_d
        self.map = DICT_MAP
        self.storage_w = None
