"""sys."""
from interp.error import OperationError, oefmt
from interp.gateway import function
from interp.objects.moduleobject import W_Module
from interp.objects.funcobject import W_BuiltinFunction
from interp.objects.exceptionobject import W_BaseException
from interp.objects.root import W_Root
from interp import portconfig

VERSION = '3.4.0'
MICROPY_VERSION = (1, 24, 0)
MPY_VERSION = 6


@function(0, 1)
def sys_exit(space, w_code):
    if w_code is None:
        raise OperationError(space.w_SystemExit, space.call_function(space.w_SystemExit, []))
    raise OperationError(space.w_SystemExit,
                         space.call_function(space.w_SystemExit, [w_code]))


def print_exception_to(space, w_exc, writer):
    """MicroPython's traceback format, written with writer.write(str)."""
    write = writer.write
    if isinstance(w_exc, W_BaseException):
        tb = w_exc.tb
        if tb is not None:
            write('Traceback (most recent call last):\n')
            entries = []
            while tb is not None:
                entries.append(tb)
                tb = tb.next
            for e in entries:
                if e.name:
                    write('  File "%s", line %d, in %s\n' % (e.filename, e.lineno, e.name))
                else:
                    write('  File "%s", line %d\n' % (e.filename, e.lineno))
    write(exception_line(space, w_exc) + '\n')


def exception_line(space, w_exc):
    """The last traceback line, as MicroPython prints it: `Name: message`,
    with the colon also when there is no message; the message is the
    exception's own str() of its args (a user __str__ is not used), and a
    user-defined __repr__ replaces the whole line."""
    from interp.objects.exceptionobject import exception_str
    if not isinstance(w_exc, W_BaseException):
        return space.str_w(w_exc)
    w_repr = space.type(w_exc).lookup('__repr__')
    if w_repr is not None and w_repr is not space.w_BaseException.lookup('__repr__'):
        return space.str_w(space.repr(w_exc))
    return '%s: %s' % (space.type_name(w_exc), space.str_w(exception_str(space, w_exc)))


class _Writer(object):
    def __init__(self, space, w_file):
        self.space = space
        self.w_file = w_file

    def write(self, s):
        space = self.space
        if self.w_file is None:
            space.stderr.write_str(s)
        else:
            space.call_method(self.w_file, 'write', [space.newtext(s)])


@function(1, 2)
def sys_print_exception(space, w_exc, w_file):
    if w_file is None or space.is_none(w_file):
        w_file = space.stdout
    elif space.getattr_or_none(w_file, 'write') is None:
        # MicroPython asks for the stream protocol first
        raise oefmt(space.w_OSError, "stream operation not supported")
    writer = _Writer(space, w_file)
    print_exception_to(space, w_exc, writer)
    return space.w_None


@function(1)
def sys_atexit(space, w_func):
    """Register w_func to run at exit (one function, as MicroPython keeps);
    returns the one it replaces, or None."""
    if not space.callable(w_func):
        raise oefmt(space.w_TypeError, "'%s' object isn't callable" % space.type_name(w_func))
    w_prev = space.w_atexit
    space.w_atexit = w_func
    return w_prev if w_prev is not None else space.w_None


@function(0)
def sys_exc_info(space):
    w_exc = space.getec().w_handled
    if w_exc is None:
        return space.newtuple([space.w_None, space.w_None, space.w_None])
    return space.newtuple([space.type(w_exc), w_exc, space.w_None])


def make_module(space):
    w_mod = W_Module(space, 'sys')
    d = w_mod.w_dict
    d.setitem_str('exit', W_BuiltinFunction('exit', sys_exit))
    d.setitem_str('print_exception', W_BuiltinFunction('print_exception', sys_print_exception))
    d.setitem_str('exc_info', W_BuiltinFunction('exc_info', sys_exc_info))
    d.setitem_str('atexit', W_BuiltinFunction('atexit', sys_atexit))
    d.setitem_str('argv', space.newlist([]))
    d.setitem_str('path', space.newlist([]))
    d.setitem_str('modules', space.w_modules)
    d.setitem_str('stdin', space.stdin)
    d.setitem_str('stdout', space.stdout)
    d.setitem_str('stderr', space.stderr)
    d.setitem_str('version', space.newtext('%s; micropy %d.%d.%d' % (
        VERSION, MICROPY_VERSION[0], MICROPY_VERSION[1], MICROPY_VERSION[2])))
    d.setitem_str('version_info', space.newtuple([space.newint(3), space.newint(4),
                                                  space.newint(0)]))
    d.setitem_str('byteorder', space.newtext('little'))
    d.setitem_str('maxsize', space.newint(2 ** 63 - 1))
    d.setitem_str('platform', space.newtext(portconfig.PLATFORM))
    w_impl = make_implementation(space)
    d.setitem_str('implementation', w_impl)
    return w_mod


def make_implementation(space):
    """sys.implementation: an attrtuple (name, version, _machine, _mpy), as
    MicroPython has it."""
    from interp.objects.attrtupleobject import W_AttrTuple
    return W_AttrTuple(['name', 'version', '_machine', '_mpy'], [
        space.newtext('micropython'),
        space.newtuple([space.newint(MICROPY_VERSION[0]), space.newint(MICROPY_VERSION[1]),
                        space.newint(MICROPY_VERSION[2]), space.newtext('')]),
        space.newtext(portconfig.MACHINE),
        space.newint(MPY_VERSION | (0 << 8))])
