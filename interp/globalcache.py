"""Module globals and builtins that the JIT can constant-fold (PyPy's celldict
idea).

A W_Dict that a frame uses as its globals gets, at its first LOAD_GLOBAL, a
GlobalCache in W_Dict.gcache (a quasi-immutable field). The cache maps
name -> GlobalCell. A name's cell never changes once it is made, so
`GlobalCache.lookup_cell` is elidable. On a promoted cache and a constant
name it folds to a constant cell. The cell holds the name's current value
(None when the name is unbound):
- While the name has been bound at most once, the value is in `w_const?`
  (quasi-immutable), and a trace reads it as a constant. The first binding of
  a name that was unbound when its cell was made invalidates once.
- The first rebinding to another object sets `mutable?` (one more
  invalidation). From then on the value is in the plain field `w_mut`, so
  `count += 1` at module level does not invalidate compiled loops.
W_Dict keeps the cells right on every mutation. The str-key paths call
`set` for their one key. The other mutations call `resync`, which reads
every cell's value from the dict again (see interp/objects/dictobject.py).
"""
from rpython.rlib import jit
from interp.error import oefmt


class GlobalCell(object):
    _immutable_fields_ = ['ready?', 'w_const?', 'mutable?']

    def __init__(self):
        self.ready = False              # False until `init` read the dict
        self.w_const = None             # the value while bound at most once
        self.was_bound = False
        self.mutable = False
        self.w_mut = None               # the value once mutable

    def init(self, w_value):
        self.w_const = w_value
        self.was_bound = w_value is not None
        self.ready = True

    def get(self):
        if self.mutable:
            return self.w_mut
        return self.w_const

    def set(self, w_value):
        if not self.ready:
            pass                        # `init` reads the dict later
        elif self.mutable:
            self.w_mut = w_value
        elif self.w_const is w_value:
            pass
        elif self.w_const is None and not self.was_bound:
            self.w_const = w_value      # the first binding
            self.was_bound = True
        else:
            self.w_mut = w_value        # rebound or deleted: a plain field now
            self.mutable = True


class GlobalCache(object):
    _immutable_fields_ = ['w_dict', 'cells']

    def __init__(self, w_dict):
        self.w_dict = w_dict
        self.cells = {}

    @jit.elidable
    def _lookup_cell(self, name):
        # made the first time, then always the same cell. It must not read
        # the dict: a dict with non-str keys runs app-level __eq__, which an
        # elidable function may not (the JIT codewriter rejects it)
        cell = self.cells.get(name, None)
        if cell is None:
            cell = GlobalCell()
            self.cells[name] = cell
        return cell

    def lookup_cell(self, name):
        """The cell of `name`, holding its current value."""
        cell = self._lookup_cell(name)
        if not cell.ready:
            cell.init(self.w_dict.getitem_str(name))
        return cell

    def set(self, name, w_value):
        """`name` is now bound to w_value (None: deleted)."""
        cell = self.cells.get(name, None)
        if cell is not None:
            cell.set(w_value)

    def resync(self):
        """Read every cell's value from the dict again."""
        w_dict = self.w_dict
        for name, cell in self.cells.items():
            cell.set(w_dict.getitem_str(name))


def get_gcache(w_dict):
    gcache = w_dict.gcache
    if gcache is None:
        gcache = GlobalCache(w_dict)
        w_dict.gcache = gcache
    return gcache


def lookup_global(w_dict, name):
    """The value of `name` in w_dict (a promoted, cached lookup) or None."""
    w_dict = jit.promote(w_dict)
    return get_gcache(w_dict).lookup_cell(name).get()


def load_global(space, w_globals, name):
    """LOAD_GLOBAL: the globals, then the builtins module's dict."""
    w_value = lookup_global(w_globals, name)
    if w_value is None:
        w_value = lookup_global(space.builtins.w_dict, name)
        if w_value is None:
            raise oefmt(space.w_NameError, "name '%s' isn't defined" % name)
    return w_value
