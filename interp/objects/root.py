"""W_Root, the base of every application-level value, and TypeDef, the
interp-level description of a builtin type's methods."""
from interp import gateway


class W_Root(object):
    _attrs_ = ()

    def getclass(self, space):
        raise NotImplementedError

    # instance attribute storage: objects without a __dict__ return None/False
    def getdictvalue(self, space, name):
        return None

    def setdictvalue(self, space, name, w_value):
        return False

    def deldictvalue(self, space, name):
        return False

    def get_dict_w(self, space):
        """The app-level __dict__, or None."""
        return None


class TypeDef(object):
    """Methods of a builtin type, collected at import time."""

    def __init__(self, name, cls, base=None, acceptable_as_base=True):
        self.name = name
        self.cls = cls
        self.base = base
        self.methods = []           # list of (name, func(space, args))
        self.acceptable_as_base = acceptable_as_base
        self.classmethods = []      # (name, func(space, args)) called with cls first
        self.staticmethods = []
        self.getsets = []

    def method(self, name, nmin, nmax=-1):
        def decorator(func):
            wrapper = gateway.method(self.cls, self.name, nmin, nmax)(func)
            self.methods.append((name, wrapper))
            return func
        return decorator

    def raw_method(self, name):
        """func(space, w_self, args) where args are the arguments after self."""
        def decorator(func):
            wrapper = gateway.raw_method(self.cls, self.name)(func)
            self.methods.append((name, wrapper))
            return func
        return decorator

    def add(self, name, func):
        """func(space, args) with self as args.args_w[0] (or a static function)."""
        self.methods.append((name, func))

    def add_classmethod(self, name, func):
        self.classmethods.append((name, func))

    def add_staticmethod(self, name, func):
        self.staticmethods.append((name, func))

    def add_getset(self, name, getter):
        """A read-only attribute computed by getter(space, args) (self first)."""
        self.getsets.append((name, getter))
