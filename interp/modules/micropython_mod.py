"""micropython: MicroPython's own module (the language-level parts)."""
from rpython.rlib import rstack, jit
from rpython.rlib.objectmodel import we_are_translated
from rpython.rtyper.lltypesystem import lltype
from rpython.rtyper.lltypesystem.lloperation import llop
from interp.gateway import function
from interp.error import oefmt
from interp.objects.root import W_Root, TypeDef
from interp.objects.bytearrayobject import W_ByteArray
from interp.objects.moduleobject import W_Module
from interp.objects.funcobject import W_BuiltinFunction


@function(1)
def mp_const(space, w_x):
    # the compiler folds `X = const(...)` in MicroPython; at run time it is identity
    return w_x


@function(1)
def mp_code_emitter(space, w_func):
    """@micropython.native / @micropython.viper: micropy runs the function
    as normal bytecode, which has the same meaning for valid programs."""
    return w_func


class HeapState(object):
    def __init__(self):
        self.lock_depth = 0


_heap = HeapState()


@function(0, 1)
def mp_opt_level(space, w_level):
    if w_level is None:
        return space.newint(space.optimize)
    space.optimize = space.int_w(w_level)
    return space.w_None


@function(1)
def mp_alloc_emergency_exception_buf(space, w_size):
    space.int_w(w_size)
    return space.w_None


@function(0)
def mp_heap_lock(space):
    _heap.lock_depth += 1
    return space.w_None


@function(0)
def mp_heap_unlock(space):
    if _heap.lock_depth > 0:
        _heap.lock_depth -= 1
    return space.newint(_heap.lock_depth)


@function(1)
def mp_kbd_intr(space, w_chr):
    # on a PC, Ctrl-C arrives as SIGINT: only -1 (off) and 3 (on) matter
    space.actionflag.interrupt_char = space.int_w(w_chr)
    return space.w_None


@function(2)
def mp_schedule(space, w_func, w_arg):
    space.actionflag.schedule(space, w_func, w_arg)
    return space.w_None


@jit.dont_look_inside      # the JIT has no stack_current operation
def stack_use():
    """Bytes of C stack in use (the stack grows down from its recorded end)."""
    if not we_are_translated():
        return 0
    current = llop.stack_current(lltype.Signed)
    return rstack._stack_get_end() - current


@jit.dont_look_inside      # LL_stack_get_length is a C macro: no JIT call to it
def stack_limit():
    if not we_are_translated():
        return 0
    return rstack._stack_get_length()


@function(0)
def mp_stack_use(space):
    return space.newint(stack_use())


@function(0, 1)
def mp_mem_info(space, w_verbose):
    from interp.modules import gc_mod
    used = gc_mod.resident_bytes()
    total = max(gc_mod.HEAP_SIZE, used)
    space.stdout.write_str('stack: %d out of %d\nGC: total: %d, used: %d, free: %d\n' % (
        stack_use(), stack_limit(),
        total, used, total - used))
    return space.w_None


@function(0, 1)
def mp_qstr_info(space, w_verbose):
    # micropy has no qstr pool; the names built into the firmware (builtins
    # and the builtin modules' attributes) are the nearest equivalent
    n = 0
    nbytes = 0
    for w_mod in space.builtin_modules.values():
        for w_key in w_mod.w_dict.keys_w(space):
            n += 1
            nbytes += len(space.text_w(w_key)) + 1
    space.stdout.write_str('qstr pool: n_pool=1, n_qstr=%d, n_str_data_bytes=%d, '
                           'n_total_bytes=%d\n' % (n, nbytes, nbytes + 8 * n))
    return space.w_None


class W_RingIO(W_Root):
    """micropython.RingIO: a byte ring buffer; it holds one byte less than
    its size, as MicroPython's does."""
    _attrs_ = ['buf', 'head', 'tail']

    def __init__(self, size):
        self.buf = ['\x00'] * size
        self.head = 0           # next byte to read
        self.tail = 0           # next byte to write

    def getclass(self, space):
        return space.builtin_types['RingIO']

    def any(self):
        return (self.tail - self.head) % len(self.buf)

    def free(self):
        return len(self.buf) - 1 - self.any()

    def put(self, s):
        n = min(len(s), self.free())
        for i in range(n):
            self.buf[self.tail] = s[i]
            self.tail = (self.tail + 1) % len(self.buf)
        return n

    def get(self, n, line):
        out = []
        avail = self.any()
        if n < 0 or n > avail:
            n = avail
        while len(out) < n:
            c = self.buf[self.head]
            self.head = (self.head + 1) % len(self.buf)
            out.append(c)
            if line and c == '\n':
                break
        return ''.join(out)


ringio_typedef = TypeDef('RingIO', W_RingIO, acceptable_as_base=False)


def ringio_new(space, args):
    w_arg = args.arg(1)
    if w_arg is None or args.npos() != 2:
        raise oefmt(space.w_TypeError, "function takes 1 positional arguments but %d were given"
                    % (args.npos() - 1))
    from interp.space import is_plain_int
    if is_plain_int(w_arg):
        size = space.int_w(w_arg)
    else:
        size = len(space.bytes_w(w_arg))
    if size < 2:
        raise oefmt(space.w_ValueError, "buffer too small")
    return W_RingIO(size)


ringio_typedef.add('__new__', ringio_new)


@ringio_typedef.method('any', 0)
def ringio_any(space, w_self):
    return space.newint(w_self.any())


@ringio_typedef.method('read', 0, 1)
def ringio_read(space, w_self, w_n):
    n = -1 if w_n is None else space.int_w(w_n)
    return space.newbytes(w_self.get(n, False))


@ringio_typedef.method('readline', 0, 1)
def ringio_readline(space, w_self, w_n):
    n = -1 if w_n is None else space.int_w(w_n)
    return space.newbytes(w_self.get(n, True))


@ringio_typedef.method('readinto', 1, 2)
def ringio_readinto(space, w_self, w_buf, w_n):
    if not isinstance(w_buf, W_ByteArray):
        raise oefmt(space.w_TypeError, "object with buffer protocol required")
    n = len(w_buf.data)
    if w_n is not None:
        n = min(n, space.int_w(w_n))
    s = w_self.get(n, False)
    for i in range(len(s)):
        w_buf.data[i] = s[i]
    return space.newint(len(s))


@ringio_typedef.method('write', 1)
def ringio_write(space, w_self, w_data):
    return space.newint(w_self.put(space.bytes_w(w_data)))


@ringio_typedef.method('close', 0)
def ringio_close(space, w_self):
    return space.w_None


def make_module(space):
    w_mod = W_Module(space, 'micropython')
    d = w_mod.w_dict
    for name, func in [('const', mp_const), ('native', mp_code_emitter),
                       ('viper', mp_code_emitter), ('opt_level', mp_opt_level),
                       ('alloc_emergency_exception_buf', mp_alloc_emergency_exception_buf),
                       ('heap_lock', mp_heap_lock), ('heap_unlock', mp_heap_unlock),
                       ('kbd_intr', mp_kbd_intr), ('schedule', mp_schedule),
                       ('stack_use', mp_stack_use), ('mem_info', mp_mem_info),
                       ('qstr_info', mp_qstr_info)]:
        d.setitem_str(name, W_BuiltinFunction(name, func))
    d.setitem_str('RingIO', space._maketype(ringio_typedef))
    return w_mod
