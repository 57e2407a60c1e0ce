# collections: namedtuple, deque, OrderedDict, defaultdict (frozen into micropy)

from _collections import deque     # native: interp/objects/dequeobject.py


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    fields = tuple(field_names)
    for name in (typename,) + fields:
        if not isinstance(name, str) or not name.isidentifier():
            raise ValueError('invalid field name: %r' % (name,))
    nfields = len(fields)
    ndefaults = 0 if defaults is None else len(defaults)
    if ndefaults > nfields:
        raise TypeError('got more default values than field names')
    field_defaults = {}
    if defaults:
        for f, v in zip(fields[nfields - ndefaults:], defaults):
            field_defaults[f] = v

    def __new__(cls, *args, **kwargs):
        if len(args) > nfields:
            raise TypeError('%s() takes %d positional arguments but %d were given'
                            % (typename, nfields, len(args)))
        values = list(args)
        for f in fields[len(args):]:
            if f in kwargs:
                values.append(kwargs.pop(f))
            elif f in field_defaults:
                values.append(field_defaults[f])
            else:
                raise TypeError("%s() missing required argument: '%s'" % (typename, f))
        if kwargs:
            for k in kwargs:
                if k in fields:
                    raise TypeError("%s() got multiple values for argument '%s'" % (typename, k))
            raise TypeError("%s() got an unexpected keyword argument '%s'"
                            % (typename, next(iter(kwargs))))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join(
            '%s=%r' % (f, v) for f, v in zip(fields, self)))

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **kwargs):
        values = [kwargs.pop(f, v) for f, v in zip(fields, self)]
        if kwargs:
            raise ValueError('got unexpected field names: %r' % list(kwargs))
        return type(self)(*values)

    @classmethod
    def _make(cls, iterable):
        return cls(*iterable)

    def __getnewargs__(self):
        return tuple(self)

    ns = {'__new__': __new__, '__repr__': __repr__, '_asdict': _asdict,
          '_replace': _replace, '_make': _make, '_fields': fields,
          '_field_defaults': field_defaults, '__slots__': (),
          '__getnewargs__': __getnewargs__}
    for i, f in enumerate(fields):
        ns[f] = property(_itemgetter(i))
    return type(typename, (tuple,), ns)


def _itemgetter(i):
    def get(self):
        return self[i]
    return get


class OrderedDict(dict):
    """A dict that remembers insertion order (as every dict does) with
    OrderedDict's extra methods."""

    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            items = list(self.items())
            self.clear()
            self[key] = value
            for k, v in items:
                self[k] = v

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        return key, self.pop(key)

    def __repr__(self):
        if not self:
            return '%s()' % type(self).__name__
        return '%s(%r)' % (type(self).__name__, list(self.items()))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    __hash__ = None

    def copy(self):
        return type(self)(self)


class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        return 'defaultdict(%r, %s)' % (self.default_factory, dict.__repr__(self))

    def copy(self):
        return defaultdict(self.default_factory, self)

