"""Calling conventions between the VM and interpreter-level builtins.

Every builtin function has the signature func(space, args) -> W_Root, where
`args` is an Arguments.  `method()`/`function()` wrap plain interp-level
functions with fixed arity into that shape at import time.
"""
from interp.error import oefmt


class Arguments(object):
    _immutable_fields_ = ['args_w', 'kw_names', 'kw_values_w']

    def __init__(self, args_w, kw_names=None, kw_values_w=None):
        self.args_w = args_w
        self.kw_names = kw_names
        self.kw_values_w = kw_values_w

    def npos(self):
        return len(self.args_w)

    def has_kw(self):
        return self.kw_names is not None and len(self.kw_names) > 0

    def arg(self, i):
        if i < len(self.args_w):
            return self.args_w[i]
        return None

    def kw(self, name):
        names = self.kw_names
        if names is not None:
            for i in range(len(names)):
                if names[i] == name:
                    return self.kw_values_w[i]
        return None

    def arg_or_kw(self, i, name):
        """Argument i, given by position or as keyword `name` (None if neither)."""
        w = self.arg(i)
        if w is None:
            w = self.kw(name)
        return w

    def prepend(self, w_first):
        return Arguments([w_first] + self.args_w, self.kw_names, self.kw_values_w)

    def check_kw_only(self, space, fname, allowed):
        """Reject keywords not in `allowed` (a list of str)."""
        names = self.kw_names
        if names is None:
            return
        for name in names:
            if name not in allowed:
                raise oefmt(space.w_TypeError,
                            "unexpected keyword argument '%s'" % name)


def check_count(space, args, nmin, nmax):
    n = len(args.args_w)
    if n < nmin or n > nmax:
        if nmin == nmax:
            raise oefmt(space.w_TypeError,
                        "function takes %d positional arguments but %d were given" % (nmin, n))
        elif n < nmin:
            raise oefmt(space.w_TypeError,
                        "function missing %d required positional arguments" % (nmin - n))
        raise oefmt(space.w_TypeError,
                    "function expected at most %d arguments, got %d" % (nmax, n))


def no_kw(space, args):
    if args.has_kw():
        raise oefmt(space.w_TypeError, "function doesn't take keyword arguments")


def function(nmin, nmax=-1):
    """Wrap f(space, w_a, w_b=None, ...) taking nmin..nmax positional args."""
    if nmax < 0:
        nmax = nmin
    assert nmax <= 4

    def decorator(func):
        def wrapper(space, args):
            no_kw(space, args)
            check_count(space, args, nmin, nmax)
            if nmax == 0:
                return func(space)
            elif nmax == 1:
                return func(space, args.arg(0))
            elif nmax == 2:
                return func(space, args.arg(0), args.arg(1))
            elif nmax == 3:
                return func(space, args.arg(0), args.arg(1), args.arg(2))
            else:
                return func(space, args.arg(0), args.arg(1), args.arg(2),
                            args.arg(3))
        wrapper.__name__ = 'bi_' + func.__name__
        wrapper.func_nmin = nmin
        wrapper.func_nmax = nmax
        return wrapper
    return decorator


def method(cls, typename, nmin, nmax=-1):
    """Wrap f(space, w_self, w_a=None, ...) as a method of instances of cls.

    nmin/nmax count the arguments after self."""
    if nmax < 0:
        nmax = nmin
    assert nmax <= 4

    def decorator(func):
        def wrapper(space, args):
            no_kw(space, args)
            check_count(space, args, nmin + 1, nmax + 1)
            w_self = args.args_w[0]
            if not isinstance(w_self, cls):
                raise oefmt(space.w_TypeError,
                            "descriptor requires a '%s' object" % typename)
            if nmax == 0:
                return func(space, w_self)
            elif nmax == 1:
                return func(space, w_self, args.arg(1))
            elif nmax == 2:
                return func(space, w_self, args.arg(1), args.arg(2))
            elif nmax == 3:
                return func(space, w_self, args.arg(1), args.arg(2), args.arg(3))
            else:
                return func(space, w_self, args.arg(1), args.arg(2), args.arg(3),
                            args.arg(4))
        wrapper.__name__ = 'm_%s_%s' % (typename, func.__name__)
        return wrapper
    return decorator


def raw_method(cls, typename):
    """Wrap f(space, w_self, args) where args excludes self (keywords allowed)."""
    def decorator(func):
        def wrapper(space, args):
            if len(args.args_w) == 0:
                raise oefmt(space.w_TypeError, "descriptor needs an argument")
            w_self = args.args_w[0]
            if not isinstance(w_self, cls):
                raise oefmt(space.w_TypeError,
                            "descriptor requires a '%s' object" % typename)
            rest = Arguments(args.args_w[1:], args.kw_names, args.kw_values_w)
            return func(space, w_self, rest)
        wrapper.__name__ = 'r_%s_%s' % (typename, func.__name__)
        return wrapper
    return decorator


def check_new_args(space, args, tname, nmax):
    """For T.__new__(cls, ...) of an immutable builtin type that takes at most
    nmax positional arguments and no keywords (float, tuple, frozenset)."""
    if args.has_kw():
        raise oefmt(space.w_TypeError, "%s() takes no keyword arguments" % tname)
    if args.npos() > nmax + 1:
        raise oefmt(space.w_TypeError, "%s expected at most %d argument, got %d"
                    % (tname, nmax, args.npos() - 1))


def optional_arg(space, args, kwname, fname):
    """The single optional argument of fname(x=...) given by position or by
    keyword (args excludes self), or None."""
    args.check_kw_only(space, fname, [kwname])
    if args.npos() > 1:
        raise oefmt(space.w_TypeError, "%s() takes at most 1 argument" % fname)
    w_x = args.arg(0)
    if w_x is None:
        w_x = args.kw(kwname)
    elif args.kw(kwname) is not None:
        raise oefmt(space.w_TypeError, "argument given by name and position")
    return w_x


def checked_raw(func, nmin, nmax, cls, typename):
    """Wrap func(space, args) (self first in args) so that it is called with an
    instance of cls as self and nmin..nmax more positional arguments, no keywords."""
    def checked(space, args):
        n = len(args.args_w) - 1
        if n < 0 or not isinstance(args.args_w[0], cls):
            raise oefmt(space.w_TypeError, "descriptor requires a '%s' object" % typename)
        if args.has_kw():
            raise oefmt(space.w_TypeError, "function doesn't take keyword arguments")
        if n < nmin or n > nmax:
            raise oefmt(space.w_TypeError, "function takes %d to %d arguments (%d given)"
                        % (nmin, nmax, n))
        return func(space, args)
    checked.__name__ = 'checked_' + func.__name__
    return checked
