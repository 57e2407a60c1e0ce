"""BaseException and the builtin exception hierarchy."""
from interp.objects.root import W_Root, TypeDef
from interp.objects.instanceobject import W_ObjectBase
from interp.error import oefmt


class W_BaseException(W_ObjectBase):
    _attrs_ = ['w_class', 'args_w', 'attrs', 'tb', 'w_context', 'w_cause']

    def __init__(self, w_class, args_w):
        self.w_class = w_class
        self.args_w = args_w
        self.attrs = None
        self.tb = None              # TracebackEntry chain
        self.w_context = None
        self.w_cause = None

    def getclass(self, space):
        return self.w_class

    def getdictvalue(self, space, name):
        if self.attrs is None:
            return None
        return self.attrs.get(name, None)

    def setdictvalue(self, space, name, w_value):
        if name == 'args':
            self.args_w = space.unpack_iterable(w_value)
            return True
        if self.attrs is None:
            self.attrs = {}
        self.attrs[name] = w_value
        return True

    def deldictvalue(self, space, name):
        if self.attrs is not None and name in self.attrs:
            del self.attrs[name]
            return True
        return False

    def get_dict_w(self, space):
        from interp.objects.dictobject import W_Dict
        w_d = W_Dict()
        if self.attrs is not None:
            for k, w_v in self.attrs.items():
                w_d.setitem_str(k, w_v)
        return w_d


exception_typedef = TypeDef('BaseException', W_BaseException)


def exception_new(space, args):
    from interp.objects.typeobject import W_Type
    w_type = args.args_w[0]
    assert isinstance(w_type, W_Type)
    return W_BaseException(w_type, args.args_w[1:])


exception_typedef.add('__new__', exception_new)


def exception_init(space, args):
    w_self = args.args_w[0]
    if isinstance(w_self, W_BaseException):
        w_self.args_w = args.args_w[1:]
    return space.w_None


exception_typedef.add('__init__', exception_init)


@exception_typedef.method('__repr__', 0)
def exception_repr(space, w_self):
    name = space.type_name(w_self)
    args_w = w_self.args_w
    if len(args_w) == 1:
        return space.newtext('%s(%s)' % (name, space.repr_w(args_w[0])))
    from interp.objects.tupleobject import seq_repr
    return space.newtext(name + seq_repr(space, args_w, '(', ')', False))


@exception_typedef.method('__str__', 0)
def exception_str(space, w_self):
    args_w = w_self.args_w
    if len(args_w) == 0:
        return space.newtext('')
    if space.type(w_self) is space.exception_types['OSError'] and len(args_w) <= 2:
        w_text = _oserror_str(space, args_w)
        if w_text is not None:
            return w_text
    if len(args_w) == 1:
        return space.str(args_w[0])
    return space.repr(space.newtuple(args_w))


def _oserror_str(space, args_w):
    """MicroPython's `[Errno 2] ENOENT` (and `: detail` for a second argument)."""
    from interp.objects.intobject import W_Int
    from interp import errnos
    w_code = args_w[0]
    if not isinstance(w_code, W_Int) or not errnos.known(w_code.intval):
        return None
    text = '[Errno %d] %s' % (w_code.intval, errnos.errno_name(w_code.intval))
    if len(args_w) == 2:
        text += ': ' + space.str_w(args_w[1])
    return space.newtext(text)


@exception_typedef.method('with_traceback', 1)
def exception_with_traceback(space, w_self, w_tb):
    return w_self


def _exc_args(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_BaseException)
    return space.newtuple(w_self.args_w)


def _exc_first_arg(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_BaseException)
    w_v = w_self.getdictvalue(space, 'value')
    if w_v is not None:
        return w_v
    if len(w_self.args_w) > 0:
        return w_self.args_w[0]
    return space.w_None


def _exc_errno(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_BaseException)
    w_v = w_self.getdictvalue(space, 'errno')
    if w_v is not None:
        return w_v
    if len(w_self.args_w) > 0:
        return w_self.args_w[0]
    return space.w_None


def _exc_cause(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_BaseException)
    return w_self.w_cause if w_self.w_cause is not None else space.w_None


def _exc_context(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_BaseException)
    return w_self.w_context if w_self.w_context is not None else space.w_None


exception_typedef.add_getset('args', _exc_args)
exception_typedef.add_getset('__cause__', _exc_cause)
exception_typedef.add_getset('__context__', _exc_context)

# (name, base name) in definition order; the hierarchy of CPython 3 as far as
# MicroPython has it
EXCEPTION_HIERARCHY = [
    ('SystemExit', 'BaseException'),
    ('KeyboardInterrupt', 'BaseException'),
    ('GeneratorExit', 'BaseException'),
    ('Exception', 'BaseException'),
    ('StopIteration', 'Exception'),
    ('StopAsyncIteration', 'Exception'),
    ('ArithmeticError', 'Exception'),
    ('OverflowError', 'ArithmeticError'),
    ('ZeroDivisionError', 'ArithmeticError'),
    ('FloatingPointError', 'ArithmeticError'),
    ('AssertionError', 'Exception'),
    ('AttributeError', 'Exception'),
    ('BufferError', 'Exception'),
    ('EOFError', 'Exception'),
    ('ImportError', 'Exception'),
    ('ModuleNotFoundError', 'ImportError'),
    ('LookupError', 'Exception'),
    ('IndexError', 'LookupError'),
    ('KeyError', 'LookupError'),
    ('MemoryError', 'Exception'),
    ('NameError', 'Exception'),
    ('UnboundLocalError', 'NameError'),
    ('OSError', 'Exception'),
    ('TimeoutError', 'OSError'),
    ('ConnectionError', 'OSError'),
    ('BrokenPipeError', 'ConnectionError'),
    ('ConnectionAbortedError', 'ConnectionError'),
    ('ConnectionRefusedError', 'ConnectionError'),
    ('ConnectionResetError', 'ConnectionError'),
    ('FileExistsError', 'OSError'),
    ('FileNotFoundError', 'OSError'),
    ('IsADirectoryError', 'OSError'),
    ('NotADirectoryError', 'OSError'),
    ('PermissionError', 'OSError'),
    ('InterruptedError', 'OSError'),
    ('BlockingIOError', 'OSError'),
    ('ReferenceError', 'Exception'),
    ('RuntimeError', 'Exception'),
    ('NotImplementedError', 'RuntimeError'),
    ('RecursionError', 'RuntimeError'),
    ('SyntaxError', 'Exception'),
    ('IndentationError', 'SyntaxError'),
    ('TabError', 'IndentationError'),
    ('SystemError', 'Exception'),
    ('TypeError', 'Exception'),
    ('ValueError', 'Exception'),
    ('UnicodeError', 'ValueError'),
    ('Warning', 'Exception'),
    ('UserWarning', 'Warning'),
    ('DeprecationWarning', 'Warning'),
    ('RuntimeWarning', 'Warning'),
]
