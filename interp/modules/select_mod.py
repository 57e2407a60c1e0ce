"""select: MicroPython's select module on POSIX poll().

select.poll() gives a poll object: register(obj[, eventmask]), unregister,
modify, poll([timeout_ms]) -> [(obj, revents)], ipoll([timeout_ms[, flags]])
-> iterator of (obj, revents), flags bit 0 being one-shot (the object's
eventmask drops to 0 once it is reported; modify() re-arms it).  As in
MicroPython, objects are registered by identity and the results hold the
objects (CPython's poll gives file descriptors), and unregistering an object
that is not registered does nothing.  Objects may be sockets, files (open(),
sys.stdin...), plain file descriptors (ints), or anything with a fileno()
method.  A registered socket or file that is closed is reported with
POLLNVAL (what poll(2) says of a closed descriptor).
select.select(r, w, x[, timeout]) is CPython's."""
import errno
from rpython.rlib import jit
from rpython.rlib import _rsocket_rffi as _c
from rpython.rlib.rarithmetic import intmask
from rpython.rtyper.lltypesystem import lltype, rffi
from interp.objects.root import W_Root, TypeDef
from interp.objects.moduleobject import W_Module
from interp.objects.funcobject import W_BuiltinFunction
from interp.objects.streamobject import oserror_code
from interp.gateway import function
from interp.error import oefmt

POLLIN = _c.POLLIN
POLLPRI = _c.POLLPRI
POLLOUT = _c.POLLOUT
POLLERR = _c.POLLERR
POLLHUP = _c.POLLHUP
POLLNVAL = _c.POLLNVAL


@jit.dont_look_inside
def do_poll(fds, masks, timeout_ms):
    """poll(2) on the descriptors fds (with event masks masks); the revents of
    each, in order.  Raises OSError (interp-level) on failure."""
    n = len(fds)
    pollfds = lltype.malloc(_c.pollfdarray, n, flavor='raw')
    try:
        for i in range(n):
            rffi.setintfield(pollfds[i], 'c_fd', fds[i])
            rffi.setintfield(pollfds[i], 'c_events', masks[i])
            rffi.setintfield(pollfds[i], 'c_revents', 0)
        ret = rffi.cast(lltype.Signed, _c.poll(pollfds, n, timeout_ms))
        if ret < 0:
            raise OSError(_c.geterrno(), "poll failed")
        revents = [0] * n
        for i in range(n):
            revents[i] = intmask(rffi.cast(lltype.Signed, pollfds[i].c_revents)) & 0xffff
    finally:
        lltype.free(pollfds, flavor='raw')
    return revents


def poll_fds(space, fds, masks, timeout_ms):
    """do_poll, with app-level errors; a signal (EINTR) is checked for
    Ctrl-C (KeyboardInterrupt), then the poll is done again."""
    while True:
        try:
            return do_poll(fds, masks, timeout_ms)
        except OSError as e:
            if e.errno != errno.EINTR:
                raise oserror_code(space, e.errno)
            space.actionflag.check_signals(space)


def get_fd(space, w_obj):
    """The file descriptor behind w_obj."""
    from interp.objects.socketobject import W_Socket
    from interp.objects.fileobject import W_File
    from interp.objects.intobject import W_Int
    if isinstance(w_obj, W_Socket):
        return w_obj.fd()
    if isinstance(w_obj, W_File):
        if w_obj.closed:
            return -1
        return w_obj.fd
    if isinstance(w_obj, W_Int):
        fd = w_obj.intval
    else:
        if space.lookup(w_obj, 'fileno') is None:
            raise oefmt(space.w_TypeError, "argument must be an int, or have a "
                        "fileno() method.")
        fd = space.int_w(space.call_method(w_obj, 'fileno', []))
    if fd < 0:
        raise oefmt(space.w_ValueError,
                    "file descriptor cannot be a negative integer (%d)" % fd)
    return fd


def timeout_ms_arg(space, w_timeout):
    """A poll timeout in milliseconds (-1: forever) from None or a number."""
    from interp.objects.floatobject import W_Float
    if w_timeout is None or space.is_none(w_timeout):
        return -1
    if isinstance(w_timeout, W_Float):
        f = w_timeout.floatval
        if f < 0.0:
            return -1
        ms = int(f)
        if float(ms) < f:
            ms += 1             # round up, as CPython does
        return ms
    ms = space.int_w(w_timeout)
    if ms < 0:
        return -1
    return ms


# ____________________________________________________________
# poll objects

class W_Poll(W_Root):
    _attrs_ = ['objs_w', 'masks']

    def __init__(self):
        self.objs_w = []
        self.masks = []

    def getclass(self, space):
        return space.builtin_types['poll']

    def find(self, w_obj):
        for i in range(len(self.objs_w)):
            if self.objs_w[i] is w_obj:
                return i
        return -1

    def run(self, space, timeout_ms, oneshot):
        n = len(self.objs_w)
        fds = [0] * n
        closed = False
        for i in range(n):
            fds[i] = get_fd(space, self.objs_w[i])
            if fds[i] < 0:
                closed = True
        if closed:
            timeout_ms = 0      # a closed stream is reported at once
        masks = self.masks[:]
        revents = poll_fds(space, fds, masks, timeout_ms)
        if closed:
            for i in range(n):
                if fds[i] < 0:
                    revents[i] = POLLNVAL   # as poll(2) says of a closed fd
        result_w = []
        for i in range(n):
            if revents[i] != 0:
                w_obj = self.objs_w[i]
                result_w.append(space.newtuple([w_obj, space.newint(revents[i])]))
                if oneshot:
                    j = self.find(w_obj)
                    if j >= 0:
                        self.masks[j] = 0
        return result_w


poll_typedef = TypeDef('poll', W_Poll, acceptable_as_base=False)


@poll_typedef.method('register', 1, 2)
def poll_register(space, w_self, w_obj, w_mask):
    mask = POLLIN | POLLOUT if w_mask is None else space.int_w(w_mask)
    get_fd(space, w_obj)            # checks that it has one
    i = w_self.find(w_obj)
    if i >= 0:
        w_self.masks[i] = mask
    else:
        w_self.objs_w.append(w_obj)
        w_self.masks.append(mask)
    return space.w_None


@poll_typedef.method('unregister', 1)
def poll_unregister(space, w_self, w_obj):
    i = w_self.find(w_obj)
    if i >= 0:
        del w_self.objs_w[i]
        del w_self.masks[i]
    return space.w_None


@poll_typedef.method('modify', 2)
def poll_modify(space, w_self, w_obj, w_mask):
    i = w_self.find(w_obj)
    if i < 0:
        raise oserror_code(space, errno.ENOENT)
    w_self.masks[i] = space.int_w(w_mask)
    return space.w_None


@poll_typedef.method('poll', 0, 1)
def poll_poll(space, w_self, w_timeout):
    return space.newlist(w_self.run(space, timeout_ms_arg(space, w_timeout), False))


@poll_typedef.method('ipoll', 0, 2)
def poll_ipoll(space, w_self, w_timeout, w_flags):
    from interp.objects.iterobject import W_SeqIterator
    flags = 0 if w_flags is None else space.int_w(w_flags)
    return W_SeqIterator(w_self.run(space, timeout_ms_arg(space, w_timeout),
                                    (flags & 1) != 0))


@function(0)
def select_poll(space):
    return W_Poll()


# ____________________________________________________________
# select.select

@function(3, 4)
def select_select(space, w_r, w_w, w_x, w_timeout):
    if w_timeout is None or space.is_none(w_timeout):
        timeout_ms = -1
    else:
        t = space.float_w(w_timeout)
        if t < 0.0:
            raise oefmt(space.w_ValueError, "timeout must be non-negative")
        timeout_ms = int(t * 1000.0)
        if float(timeout_ms) < t * 1000.0:
            timeout_ms += 1
    groups_w = [space.unpack_iterable(w_r), space.unpack_iterable(w_w),
                space.unpack_iterable(w_x)]
    kinds = [POLLIN, POLLOUT, POLLPRI]
    objs_w = []
    fds = []
    masks = []
    which = []
    for g in range(3):
        for w_obj in groups_w[g]:
            objs_w.append(w_obj)
            fds.append(get_fd(space, w_obj))
            masks.append(kinds[g])
            which.append(g)
    revents = poll_fds(space, fds, masks, timeout_ms)
    out_w = [[], [], []]
    for i in range(len(fds)):
        ev = revents[i]
        if ev & POLLNVAL:
            raise oserror_code(space, errno.EBADF)
        g = which[i]
        if g == 0:
            ready = ev & (POLLIN | POLLHUP | POLLERR) != 0
        elif g == 1:
            ready = ev & (POLLOUT | POLLERR) != 0
        else:
            ready = ev & POLLPRI != 0
        if ready:
            out_w[g].append(objs_w[i])
    return space.newtuple([space.newlist(out_w[0]), space.newlist(out_w[1]),
                           space.newlist(out_w[2])])


def make_module(space):
    space._maketype(poll_typedef)
    w_mod = W_Module(space, 'select')
    d = w_mod.w_dict
    d.setitem_str('poll', W_BuiltinFunction('poll', select_poll))
    d.setitem_str('select', W_BuiltinFunction('select', select_select))
    for name, value in [('POLLIN', POLLIN), ('POLLPRI', POLLPRI), ('POLLOUT', POLLOUT),
                        ('POLLERR', POLLERR), ('POLLHUP', POLLHUP), ('POLLNVAL', POLLNVAL)]:
        d.setitem_str(name, space.newint(value))
    return w_mod
