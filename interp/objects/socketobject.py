"""W_Socket: socket.socket objects, over rpython.rlib.rsocket.

MicroPython's socket API (unix port), CPython-compatible where they overlap:
addresses are tuples (host, port) for AF_INET and (host, port, flowinfo,
scope_id) for AF_INET6, as in CPython (MicroPython's unix port uses raw
sockaddr bytes; those are not accepted here).  Besides the socket methods
there are MicroPython's stream methods read/readinto/readline/write, which
on a non-blocking socket return what they got before the call would block,
or None when nothing could be read or written at all.  Errors are OSError
with the errno; a timeout (settimeout(t) with t > 0) raises TimeoutError
(an OSError subclass) with errno ETIMEDOUT, which both `except OSError` +
`e.errno == errno.ETIMEDOUT` (MicroPython) and `except socket.timeout`
(CPython) catch.  makefile() returns the socket itself, as MicroPython does."""
import errno
from rpython.rlib import rsocket, jit
from rpython.rlib.rstring import StringBuilder
from rpython.rlib.rarithmetic import intmask, r_uint
from interp.objects.root import W_Root, TypeDef
from interp.objects.streamobject import oserror_code
from interp.error import oefmt, OperationError


def _fix_ll2ctypes():
    """Untranslated runs only (ll2ctypes, which translated code never uses):
    reading a raw FixedSizeArray (rsocket's socklen_t buffers) asks
    hasattr(self, '_items'), which recurses through __getattr__ until the
    Python recursion limit; with targetmicropy's limit of 20000 that
    overflows the C stack (a segfault).  Answer '_items' at once: the same
    result (hasattr is False exactly when that recursion happens)."""
    try:
        from rpython.rtyper.lltypesystem import ll2ctypes
    except ImportError:
        return
    mixin = ll2ctypes._fixedsizedarray_mixin
    original = mixin.__dict__['__getattr__']
    if getattr(original, 'micropy_fixed', False):
        return

    def __getattr__(self, field_name):
        if field_name == '_items':
            raise AttributeError(field_name)
        return original(self, field_name)
    __getattr__.micropy_fixed = True
    mixin.__getattr__ = __getattr__


_fix_ll2ctypes()

INVALID = rsocket.INVALID_SOCKET
AF_INET = rsocket.AF_INET
AF_INET6 = rsocket.AF_INET6
MSG_PEEK = rsocket.MSG_PEEK
CHUNK = 4096
READ_CHUNK = 16384       # bytes asked of recv() at a time by read()
WRITE_CHUNK = 65536      # bytes handed to send() at a time by write()


class W_Socket(W_Root):
    _attrs_ = ['sock']

    def __init__(self, sock):
        self.sock = sock            # an rsocket.RSocket

    def getclass(self, space):
        return space.builtin_types['socket']

    def fd(self):
        return self.sock.fd

    def is_closed(self):
        return self.sock.fd == INVALID


def socket_error(space, e):
    """The app-level OSError for an rsocket.SocketError."""
    if isinstance(e, rsocket.SocketTimeout):
        w_exc = space.call_function(space.w_TimeoutError,
                                    [space.newint(errno.ETIMEDOUT),
                                     space.newtext('timed out')])
        return OperationError(space.w_TimeoutError, w_exc)
    if isinstance(e, rsocket.GAIError):
        # CPython's socket.gaierror (an OSError): errno is the EAI_* code
        w_exc = space.call_function(space.w_OSError, [space.newint(e.errno),
                                                      space.newtext(e.get_msg())])
        return OperationError(space.w_OSError, w_exc)
    if isinstance(e, rsocket.SocketErrorWithErrno):
        if e.errno == errno.EINTR:
            # a signal interrupted the call: Ctrl-C becomes KeyboardInterrupt
            space.actionflag.check_signals(space)
        return oserror_code(space, e.errno)
    return OperationError(space.w_OSError, None, e.get_msg())


def is_eagain(e):
    return (isinstance(e, rsocket.CSocketError) and
            (e.errno == errno.EAGAIN or e.errno == errno.EWOULDBLOCK))


def bytes_arg(space, w_data):
    s = space.bytes_w(w_data)
    assert s is not None
    return s


def text_arg(space, w_text):
    s = space.text_w(w_text)
    assert s is not None
    return s


def check_open(space, w_self):
    if w_self.is_closed():
        raise oserror_code(space, errno.EBADF)


# ____________________________________________________________
# addresses

@jit.dont_look_inside
def addr_from_object(space, family, w_addr):
    """An rsocket address for the app-level address w_addr (a tuple)."""
    if family != AF_INET and family != AF_INET6:
        raise oefmt(space.w_OSError, "address family not supported")
    from interp.objects.tupleobject import W_Tuple
    if not isinstance(w_addr, W_Tuple):
        raise oefmt(space.w_TypeError, "%s address must be tuple, not %s" % (
            'AF_INET' if family == AF_INET else 'AF_INET6', space.type_name(w_addr)))
    items_w = space.fixedview(w_addr)
    n = len(items_w)
    if family == AF_INET and n != 2:
        raise oefmt(space.w_TypeError, "AF_INET address must be a pair (host, port)")
    if family == AF_INET6 and (n < 2 or n > 4):
        raise oefmt(space.w_TypeError,
                    "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])")
    if space.is_none(items_w[0]):
        host = ''
    else:
        host = text_arg(space, items_w[0])
    port = space.int_w(items_w[1])
    if port < 0 or port > 0xffff:
        raise oefmt(space.w_OverflowError, "port must be 0-65535.")
    try:
        if family == AF_INET:
            return rsocket.INETAddress(host, port)
        flowinfo = 0
        scope_id = 0
        if n > 2:
            flowinfo = space.int_w(items_w[2])
        if n > 3:
            scope_id = space.int_w(items_w[3])
        if flowinfo < 0 or flowinfo > 0xfffff:
            raise oefmt(space.w_OverflowError, "flowinfo must be 0-1048575.")
        return rsocket.INET6Address(host, port, r_uint(flowinfo), scope_id)
    except rsocket.SocketError as e:
        raise socket_error(space, e)


@jit.dont_look_inside
def addr_as_object(space, addr):
    """The app-level form of an rsocket address: (host, port) or
    (host, port, flowinfo, scope_id), or None."""
    if addr is None:
        return space.w_None
    try:
        if isinstance(addr, rsocket.INETAddress):
            return space.newtuple([space.newtext(addr.get_host()),
                                   space.newint(addr.get_port())])
        if isinstance(addr, rsocket.INET6Address):
            return space.newtuple([space.newtext(addr.get_host()),
                                   space.newint(addr.get_port()),
                                   space.newint(intmask(addr.get_flowinfo())),
                                   space.newint(intmask(addr.get_scope_id()))])
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    return space.w_None


# ____________________________________________________________
# socket(family=AF_INET, type=SOCK_STREAM, proto=0)

socket_typedef = TypeDef('socket', W_Socket, acceptable_as_base=False)


def _int_arg(space, args, i, name, default):
    w_x = args.arg(i)
    if w_x is None:
        w_x = args.kw(name)
    if w_x is None or space.is_none(w_x):
        return default
    return space.int_w(w_x)


@jit.dont_look_inside
def socket_new(space, args):
    args.check_kw_only(space, 'socket', ['family', 'type', 'proto'])
    if args.npos() > 4:
        raise oefmt(space.w_TypeError, "socket() takes at most 3 arguments")
    family = _int_arg(space, args, 1, 'family', AF_INET)
    type = _int_arg(space, args, 2, 'type', rsocket.SOCK_STREAM)
    proto = _int_arg(space, args, 3, 'proto', 0)
    try:
        sock = rsocket.RSocket(family, type, proto)
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    return W_Socket(sock)


socket_typedef.add('__new__', socket_new)


@socket_typedef.method('bind', 1)
@jit.dont_look_inside
def socket_bind(space, w_self, w_addr):
    check_open(space, w_self)
    addr = addr_from_object(space, w_self.sock.family, w_addr)
    try:
        w_self.sock.bind(addr)
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    return space.w_None


@socket_typedef.method('listen', 0, 1)
@jit.dont_look_inside
def socket_listen(space, w_self, w_backlog):
    check_open(space, w_self)
    backlog = 128 if w_backlog is None else space.int_w(w_backlog)
    if backlog < 0:
        backlog = 0
    try:
        w_self.sock.listen(backlog)
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    return space.w_None


@socket_typedef.method('accept', 0)
@jit.dont_look_inside
def socket_accept(space, w_self):
    check_open(space, w_self)
    sock = w_self.sock
    try:
        fd, addr = sock.accept()
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    # the new socket is blocking (Linux's accept does not pass O_NONBLOCK on)
    newsock = rsocket.make_socket(fd, sock.family, sock.type, sock.proto)
    newsock.timeout = -1.0
    return space.newtuple([W_Socket(newsock), addr_as_object(space, addr)])


@socket_typedef.method('connect', 1)
@jit.dont_look_inside
def socket_connect(space, w_self, w_addr):
    check_open(space, w_self)
    addr = addr_from_object(space, w_self.sock.family, w_addr)
    try:
        w_self.sock.connect(addr)
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    return space.w_None


@socket_typedef.method('connect_ex', 1)
@jit.dont_look_inside
def socket_connect_ex(space, w_self, w_addr):
    check_open(space, w_self)
    addr = addr_from_object(space, w_self.sock.family, w_addr)
    return space.newint(w_self.sock.connect_ex(addr))


def _flags(space, w_flags):
    if w_flags is None:
        return 0
    return space.int_w(w_flags)


@socket_typedef.method('send', 1, 2)
@jit.dont_look_inside
def socket_send(space, w_self, w_data, w_flags):
    check_open(space, w_self)
    data = bytes_arg(space, w_data)
    try:
        n = w_self.sock.send(data, _flags(space, w_flags))
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    return space.newint(n)


@socket_typedef.method('sendall', 1, 2)
@jit.dont_look_inside
def socket_sendall(space, w_self, w_data, w_flags):
    check_open(space, w_self)
    data = bytes_arg(space, w_data)
    try:
        w_self.sock.sendall(data, _flags(space, w_flags))
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    return space.w_None


@socket_typedef.method('sendto', 2, 3)
@jit.dont_look_inside
def socket_sendto(space, w_self, w_data, w_a, w_b):
    """sendto(data, address) or sendto(data, flags, address) (CPython)."""
    check_open(space, w_self)
    data = bytes_arg(space, w_data)
    if w_b is None:
        flags = 0
        w_addr = w_a
    else:
        flags = space.int_w(w_a)
        w_addr = w_b
    addr = addr_from_object(space, w_self.sock.family, w_addr)
    try:
        n = w_self.sock.sendto(data, len(data), flags, addr)
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    return space.newint(n)


def _bufsize(space, w_n):
    n = space.int_w(w_n)
    if n < 0:
        raise oefmt(space.w_ValueError, "negative buffersize in recv")
    return n


@socket_typedef.method('recv', 1, 2)
@jit.dont_look_inside
def socket_recv(space, w_self, w_n, w_flags):
    check_open(space, w_self)
    n = _bufsize(space, w_n)
    try:
        s = w_self.sock.recv(n, _flags(space, w_flags))
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    return space.newbytes(s)


@socket_typedef.method('recvfrom', 1, 2)
@jit.dont_look_inside
def socket_recvfrom(space, w_self, w_n, w_flags):
    check_open(space, w_self)
    n = _bufsize(space, w_n)
    try:
        s, addr = w_self.sock.recvfrom(n, _flags(space, w_flags))
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    return space.newtuple([space.newbytes(s), addr_as_object(space, addr)])


# -- MicroPython's stream methods --------------------------------------------

@jit.dont_look_inside
def read_upto(space, w_self, n):
    """Up to n bytes (n < 0: until end of stream), stopping early at the end
    of the stream or when a non-blocking socket has no more; None when
    nothing could be read because the socket would block."""
    check_open(space, w_self)
    b = StringBuilder()
    got = 0
    while n < 0 or got < n:
        want = CHUNK if n < 0 else min(n - got, READ_CHUNK)
        try:
            s = w_self.sock.recv(want)
        except rsocket.SocketError as e:
            if got > 0 and (is_eagain(e) or isinstance(e, rsocket.SocketTimeout)):
                break
            if is_eagain(e):
                return None
            raise socket_error(space, e)
        if not s:
            break
        b.append(s)
        got += len(s)
    return b.build()


@socket_typedef.method('read', 0, 1)
@jit.dont_look_inside
def socket_read(space, w_self, w_n):
    n = -1
    if w_n is not None and not space.is_none(w_n):
        n = space.int_w(w_n)
    s = read_upto(space, w_self, n)
    if s is None:
        return space.w_None
    return space.newbytes(s)


def _write_into(space, w_buf, s, offset):
    from interp.objects.bytearrayobject import W_ByteArray
    from interp.objects.memoryviewobject import W_MemoryView
    if isinstance(w_buf, W_ByteArray):
        for i in range(len(s)):
            w_buf.data[offset + i] = s[i]
    else:
        assert isinstance(w_buf, W_MemoryView)
        for i in range(len(s)):
            w_buf.setchar(space, offset + i, s[i])


def _writable_len(space, w_buf):
    from interp.objects.bytearrayobject import W_ByteArray
    from interp.objects.memoryviewobject import W_MemoryView
    if isinstance(w_buf, W_ByteArray):
        return len(w_buf.data)
    if isinstance(w_buf, W_MemoryView) and not w_buf.readonly():
        w_buf.check(space)
        return w_buf.length
    raise oefmt(space.w_TypeError, "object with buffer protocol required")


def _into_size(space, w_buf, w_n):
    size = _writable_len(space, w_buf)
    if w_n is not None and not space.is_none(w_n):
        n = space.int_w(w_n)
        if n < 0:
            raise oefmt(space.w_ValueError, "negative buffersize in recv_into")
        if n < size:
            size = n
    return size


@socket_typedef.method('readinto', 1, 2)
@jit.dont_look_inside
def socket_readinto(space, w_self, w_buf, w_n):
    size = _into_size(space, w_buf, w_n)
    s = read_upto(space, w_self, size)
    if s is None:
        return space.w_None
    _write_into(space, w_buf, s, 0)
    return space.newint(len(s))


@socket_typedef.method('recv_into', 1, 3)
@jit.dont_look_inside
def socket_recv_into(space, w_self, w_buf, w_n, w_flags):
    check_open(space, w_self)
    size = _into_size(space, w_buf, w_n)
    if w_n is not None and not space.is_none(w_n) and space.int_w(w_n) == 0:
        size = _writable_len(space, w_buf)      # 0 means the whole buffer
    try:
        s = w_self.sock.recv(size, _flags(space, w_flags))
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    _write_into(space, w_buf, s, 0)
    return space.newint(len(s))


@socket_typedef.method('readline', 0, 1)
@jit.dont_look_inside
def socket_readline(space, w_self, w_limit):
    """A line (ending in b'\\n', or at the end of the stream).  It peeks at
    the data to take no more than the line, so that poll() keeps telling
    the truth about what is left."""
    check_open(space, w_self)
    limit = -1
    if w_limit is not None and not space.is_none(w_limit):
        limit = space.int_w(w_limit)
    b = StringBuilder()
    got = 0
    sock = w_self.sock
    while limit < 0 or got < limit:
        want = 256 if limit < 0 else min(limit - got, 256)
        try:
            peek = sock.recv(want, MSG_PEEK)
            if not peek:
                break
            stop = peek.find('\n')
            take = len(peek) if stop < 0 else stop + 1
            s = sock.recv(take)
        except rsocket.SocketError as e:
            if got > 0 and (is_eagain(e) or isinstance(e, rsocket.SocketTimeout)):
                break
            if is_eagain(e):
                return space.w_None
            raise socket_error(space, e)
        if not s:
            break
        b.append(s)
        got += len(s)
        if s[len(s) - 1] == '\n':
            break
    return space.newbytes(b.build())


@socket_typedef.method('write', 1)
@jit.dont_look_inside
def socket_write(space, w_self, w_data):
    """Write it all, or as much as a non-blocking socket takes (None: nothing)."""
    check_open(space, w_self)
    data = bytes_arg(space, w_data)
    sent = 0
    while sent < len(data):
        assert sent >= 0
        try:
            if sent == 0 and len(data) <= WRITE_CHUNK:
                n = w_self.sock.send(data)
            else:
                n = w_self.sock.send(data[sent:sent + WRITE_CHUNK])
        except rsocket.SocketError as e:
            if sent > 0 and (is_eagain(e) or isinstance(e, rsocket.SocketTimeout)):
                break
            if is_eagain(e):
                return space.w_None
            raise socket_error(space, e)
        sent += n
    return space.newint(sent)


# -- options, modes ----------------------------------------------------------

@socket_typedef.method('setsockopt', 3)
@jit.dont_look_inside
def socket_setsockopt(space, w_self, w_level, w_opt, w_value):
    check_open(space, w_self)
    level = space.int_w(w_level)
    opt = space.int_w(w_opt)
    try:
        if space.is_index(w_value):
            w_self.sock.setsockopt_int(level, opt, space.int_w(w_value))
        else:
            w_self.sock.setsockopt(level, opt, bytes_arg(space, w_value))
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    return space.w_None


@socket_typedef.method('getsockopt', 2, 3)
@jit.dont_look_inside
def socket_getsockopt(space, w_self, w_level, w_opt, w_buflen):
    check_open(space, w_self)
    level = space.int_w(w_level)
    opt = space.int_w(w_opt)
    try:
        if w_buflen is None:
            return space.newint(w_self.sock.getsockopt_int(level, opt))
        buflen = space.int_w(w_buflen)
        if buflen <= 0 or buflen > 1024:
            raise oefmt(space.w_OSError, "getsockopt buflen out of range")
        return space.newbytes(w_self.sock.getsockopt(level, opt, buflen))
    except rsocket.SocketError as e:
        raise socket_error(space, e)


@socket_typedef.method('setblocking', 1)
@jit.dont_look_inside
def socket_setblocking(space, w_self, w_flag):
    check_open(space, w_self)
    w_self.sock.setblocking(space.is_true(w_flag))
    return space.w_None


@socket_typedef.method('settimeout', 1)
@jit.dont_look_inside
def socket_settimeout(space, w_self, w_t):
    check_open(space, w_self)
    if space.is_none(w_t):
        w_self.sock.settimeout(-1.0)
    else:
        t = space.float_w(w_t)
        if t < 0.0:
            raise oefmt(space.w_ValueError, "Timeout value out of range")
        w_self.sock.settimeout(t)
    return space.w_None


@socket_typedef.method('gettimeout', 0)
@jit.dont_look_inside
def socket_gettimeout(space, w_self):
    t = w_self.sock.timeout
    if t < 0.0:
        return space.w_None
    return space.newfloat(t)


@socket_typedef.method('fileno', 0)
@jit.dont_look_inside
def socket_fileno(space, w_self):
    return space.newint(w_self.sock.fd)


@socket_typedef.method('close', 0)
@jit.dont_look_inside
def socket_close(space, w_self):
    try:
        w_self.sock.close()
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    return space.w_None


@socket_typedef.method('shutdown', 1)
@jit.dont_look_inside
def socket_shutdown(space, w_self, w_how):
    check_open(space, w_self)
    try:
        w_self.sock.shutdown(space.int_w(w_how))
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    return space.w_None


@socket_typedef.method('getsockname', 0)
@jit.dont_look_inside
def socket_getsockname(space, w_self):
    check_open(space, w_self)
    try:
        addr = w_self.sock.getsockname()
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    return addr_as_object(space, addr)


@socket_typedef.method('getpeername', 0)
@jit.dont_look_inside
def socket_getpeername(space, w_self):
    check_open(space, w_self)
    try:
        addr = w_self.sock.getpeername()
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    return addr_as_object(space, addr)


def socket_makefile(space, w_self, args):
    """makefile(mode='rb', buffering=0): the socket itself (MicroPython)."""
    args.check_kw_only(space, 'makefile', ['mode', 'buffering', 'encoding', 'errors',
                                           'newline'])
    return w_self


socket_typedef.raw_method('makefile')(socket_makefile)


@socket_typedef.method('__enter__', 0)
@jit.dont_look_inside
def socket_enter(space, w_self):
    return w_self


@socket_typedef.method('__exit__', 3)
@jit.dont_look_inside
def socket_exit(space, w_self, w_t, w_v, w_tb):
    return socket_close(space, w_self)


@socket_typedef.method('__repr__', 0)
@jit.dont_look_inside
def socket_repr(space, w_self):
    sock = w_self.sock
    return space.newtext('<socket fd=%d, family=%d, type=%d, proto=%d>' % (
        sock.fd, sock.family, sock.type, sock.proto))


def _family_getter(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_Socket)
    return space.newint(w_self.sock.family)


def _type_getter(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_Socket)
    return space.newint(w_self.sock.type)


def _proto_getter(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_Socket)
    return space.newint(w_self.sock.proto)


socket_typedef.add_getset('family', _family_getter)
socket_typedef.add_getset('type', _type_getter)
socket_typedef.add_getset('proto', _proto_getter)
