"""Type objects: builtin types made from TypeDefs and classes made by `class`."""
from rpython.rlib import jit
from interp.objects.root import W_Root
from interp.error import oefmt


class W_Type(W_Root):
    # is_heaptype and w_solid are only set while the type is built; mro_w
    # is only ever replaced by a new list, never changed in place
    _immutable_fields_ = ['version?', 'is_heaptype', 'w_solid', 'mro_w?',
                          'has_getattr?', 'has_setattr?']

    def __init__(self, name, bases_w, dict_w, typedef=None, w_solid=None):
        self.name = name
        self.bases_w = bases_w
        self.dict_w = dict_w
        self.typedef = typedef          # None for classes made by `class`
        self.is_heaptype = typedef is None
        # the builtin type whose layout instances have (object, Exception, ...)
        self.w_solid = w_solid if w_solid is not None else self
        self.mro_w = [self]
        self.w_class = None             # metaclass; None means `type`
        self.version = VersionTag()
        self.has_getattr = False        # __getattr__ defined somewhere in the mro
        self.has_setattr = False
        self.subclasses_w = []
        self.terminator = None          # root map of instances (mapdict.get_terminator)

    def getclass(self, space):
        if self.w_class is not None:
            return self.w_class
        return space.w_type

    def compute_mro(self, space):
        self.mro_w = c3_mro(space, self)
        self.update_flags()

    def update_flags(self):
        # quasi-immutable: write only on a change (a write invalidates loops)
        has_getattr = self.lookup('__getattr__') is not None
        if has_getattr != self.has_getattr:
            self.has_getattr = has_getattr
        has_setattr = self.lookup('__setattr__') is not None and self.is_heaptype
        if has_setattr != self.has_setattr:
            self.has_setattr = has_setattr

    def lookup(self, name):
        # the type first, then its quasi-immutable version: the version is
        # then read from a constant and the read folds away
        w_self = jit.promote(self)
        version = jit.promote(w_self.version)
        return w_self._lookup_pure(name, version)

    @jit.elidable
    def _lookup_pure(self, name, version):
        for w_t in self.mro_w:
            w_v = w_t.dict_w.get(name, None)
            if w_v is not None:
                return w_v
        return None

    def lookup_where(self, name):
        for w_t in self.mro_w:
            if name in w_t.dict_w:
                return w_t
        return None

    def set_attr(self, space, name, w_value):
        self.dict_w[name] = w_value
        self.mutated()

    def mutated(self):
        self.version = VersionTag()
        if self.name is not None:
            self.update_flags()
        # subclasses cache lookups through us too
        for w_sub in self.subclasses_w:
            w_sub.mutated()

    def add_subclass(self, w_sub):
        self.subclasses_w.append(w_sub)

    def issubtype(self, w_other):
        # on promoted types the quasi-immutable mro_w is a constant, so the
        # elidable helper folds to a constant
        w_self = jit.promote(self)
        return _issubtype_in(w_self.mro_w, jit.promote(w_other))

    def getdictvalue(self, space, name):
        return self.dict_w.get(name, None)

    def setdictvalue(self, space, name, w_value):
        self.set_attr(space, name, w_value)
        return True

    def deldictvalue(self, space, name):
        if name in self.dict_w:
            del self.dict_w[name]
            self.mutated()
            return True
        return False

    def get_dict_w(self, space):
        """A snapshot of the class namespace (CPython gives a read-only proxy)."""
        from interp.objects.dictobject import W_Dict
        w_d = W_Dict()
        for k, w_v in self.dict_w.items():
            w_d.setitem_str(k, w_v)
        return w_d

    def get_module_name(self, space):
        w_mod = self.dict_w.get('__module__', None)
        if w_mod is not None:
            from interp.objects.strobject import W_Str
            if isinstance(w_mod, W_Str):
                return w_mod.utf8
        return None


class VersionTag(object):
    pass


@jit.elidable
def _issubtype_in(mro_w, w_other):
    # mro_w lists are never changed in place (compute_mro assigns a new one)
    for w_t in mro_w:
        if w_t is w_other:
            return True
    return False


def c3_mro(space, w_type):
    """The C3 linearisation of w_type's bases."""
    seqs = []
    for w_base in w_type.bases_w:
        seqs.append(list(w_base.mro_w))
    seqs.append(list(w_type.bases_w))
    result = [w_type]
    while True:
        nonempty = [s for s in seqs if len(s) > 0]
        if not nonempty:
            return result
        candidate = None
        for seq in nonempty:
            cand = seq[0]
            in_tail = False
            for s in nonempty:
                for k in range(1, len(s)):
                    if s[k] is cand:
                        in_tail = True
                        break
                if in_tail:
                    break
            if not in_tail:
                candidate = cand
                break
        if candidate is None:
            raise oefmt(space.w_TypeError,
                        "Cannot create a consistent method resolution order (MRO)")
        result.append(candidate)
        for seq in nonempty:
            if seq[0] is candidate:
                del seq[0]
