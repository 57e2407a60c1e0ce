"""tls and ssl: MicroPython's TLS modules, over OpenSSL (libssl/libcrypto 3).

The OpenSSL calls go through a small C layer, interp/tls/tlsshim.c; contexts
and connections are raw pointers held by W_SSLContext / W_SSLSocket.

- tls.SSLContext(protocol) with PROTOCOL_TLS_CLIENT / PROTOCOL_TLS_SERVER;
  load_cert_chain(cert, key), load_verify_locations(cafile=None, cadata=None),
  wrap_socket(sock, server_side=False, do_handshake_on_connect=True,
  server_hostname=None), and the attributes verify_mode (CERT_NONE,
  CERT_OPTIONAL, CERT_REQUIRED) and check_hostname (stored only).
  A str argument of load_cert_chain / cafile is a file path (PEM); a bytes
  argument (or cadata) is the data itself, PEM or DER (MicroPython's tls
  takes the data, its ssl wrapper the file names: both work here).
  verify_mode starts as CERT_NONE for both protocols, as with MicroPython's
  ssl.SSLContext (CPython's PROTOCOL_TLS_CLIENT starts with CERT_REQUIRED).
  With verify_mode != CERT_NONE and a server_hostname, the peer certificate
  must also match that host name (as mbedtls does in MicroPython).
- ssl: the same, plus the legacy ssl.wrap_socket(sock, server_side=False,
  key=None, cert=None, cert_reqs=CERT_NONE, cadata=None,
  server_hostname=None, do_handshake=True).
- The wrapped socket (SSLSocket): read(n=-1), readinto(buf[, n]),
  readline(), write(buf), recv(n), send(buf), sendall(buf), close(),
  setblocking(flag), settimeout(t), do_handshake(), getpeercert(binary_form)
  (DER bytes, or None; with binary_form false: {} when there is a
  certificate, as CPython does for an unverified one), cipher() ->
  (name, protocol, bits), pending(), fileno(), context manager.
  A non-blocking socket (setblocking(False)) makes read/readinto/readline/
  write/recv/send return None when they would block (MicroPython's stream
  behaviour) and the handshake raise OSError(EAGAIN); a socket timeout
  raises TimeoutError.  A peer that closes the connection without a TLS
  close_notify ends the stream (b''), as many HTTP servers do that; close()
  sends close_notify and closes the wrapped socket.
- Errors (handshake, certificate verification, bad certificate or key) are
  OSError(code, message) where message is OpenSSL's reason string (e.g.
  "certificate verify failed (self-signed certificate)") and code is
  OpenSSL's reason code, negated as MicroPython's mbedtls codes are.

An SSLSocket or SSLContext that is never closed is not freed (no finalizer)."""
import errno
import os
from rpython.rlib import jit, rsocket
from rpython.rlib.rarithmetic import intmask
from rpython.rlib.rstring import StringBuilder
from rpython.rtyper.lltypesystem import lltype, rffi
from rpython.translator.tool.cbuild import ExternalCompilationInfo
from rpython.translator import cdir
from interp.objects.root import W_Root, TypeDef
from interp.objects.moduleobject import W_Module
from interp.objects.funcobject import W_BuiltinFunction
from interp.objects.socketobject import W_Socket
from interp.objects.streamobject import oserror_code
from interp.error import oefmt, OperationError

TLS_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'tls')

eci = ExternalCompilationInfo(
    includes=['openssl/ssl.h'],
    include_dirs=[TLS_DIR, cdir],
    libraries=['ssl', 'crypto'],
    separate_module_sources=['#include "src/precommondefs.h"\n#include "tlsshim.c"\n'],
    post_include_bits=[
        'RPY_EXTERN const char *mptls_errmsg(void);',
        'RPY_EXTERN int mptls_errcode(void);',
        'RPY_EXTERN void *mptls_ctx_new(int);',
        'RPY_EXTERN void mptls_ctx_free(void *);',
        'RPY_EXTERN void mptls_ctx_set_verify(void *, int);',
        'RPY_EXTERN int mptls_ctx_load_cert_chain(void *, const char *, long, const char *, long);',
        'RPY_EXTERN int mptls_ctx_load_verify(void *, const char *, long);',
        'RPY_EXTERN void *mptls_new(void *, int, int, const char *, int);',
        'RPY_EXTERN int mptls_handshake(void *);',
        'RPY_EXTERN int mptls_read(void *, char *, int);',
        'RPY_EXTERN int mptls_write(void *, const char *, int);',
        'RPY_EXTERN int mptls_pending(void *);',
        'RPY_EXTERN void mptls_close(void *);',
        'RPY_EXTERN int mptls_peercert_der(void *, char *, int);',
        'RPY_EXTERN const char *mptls_cipher_info(void *, int);',
        'RPY_EXTERN int mptls_cipher_bits(void *);',
        'RPY_EXTERN int mptls_poll(int, int, int);',
    ])


def _ext(name, args, res, releasegil=False):
    return rffi.llexternal(name, args, res, compilation_info=eci, releasegil=releasegil)


c_errmsg = _ext('mptls_errmsg', [], rffi.CCHARP)
c_errcode = _ext('mptls_errcode', [], rffi.INT)
c_ctx_new = _ext('mptls_ctx_new', [rffi.INT], rffi.VOIDP)
c_ctx_free = _ext('mptls_ctx_free', [rffi.VOIDP], lltype.Void)
c_ctx_set_verify = _ext('mptls_ctx_set_verify', [rffi.VOIDP, rffi.INT], lltype.Void)
c_ctx_load_cert_chain = _ext('mptls_ctx_load_cert_chain',
                             [rffi.VOIDP, rffi.CCHARP, rffi.LONG, rffi.CCHARP, rffi.LONG],
                             rffi.INT)
c_ctx_load_verify = _ext('mptls_ctx_load_verify', [rffi.VOIDP, rffi.CCHARP, rffi.LONG],
                         rffi.INT)
c_new = _ext('mptls_new', [rffi.VOIDP, rffi.INT, rffi.INT, rffi.CCHARP, rffi.INT], rffi.VOIDP)
# the calls that can block on the network release the GIL
c_handshake = _ext('mptls_handshake', [rffi.VOIDP], rffi.INT, True)
c_read = _ext('mptls_read', [rffi.VOIDP, rffi.CCHARP, rffi.INT], rffi.INT, True)
c_write = _ext('mptls_write', [rffi.VOIDP, rffi.CCHARP, rffi.INT], rffi.INT, True)
c_pending = _ext('mptls_pending', [rffi.VOIDP], rffi.INT)
c_close = _ext('mptls_close', [rffi.VOIDP], lltype.Void, True)
c_peercert_der = _ext('mptls_peercert_der', [rffi.VOIDP, rffi.CCHARP, rffi.INT], rffi.INT)
c_cipher_info = _ext('mptls_cipher_info', [rffi.VOIDP, rffi.INT], rffi.CCHARP)
c_cipher_bits = _ext('mptls_cipher_bits', [rffi.VOIDP], rffi.INT)
c_poll = _ext('mptls_poll', [rffi.INT, rffi.INT, rffi.INT], rffi.INT, True)

WANT_READ = -2
WANT_WRITE = -3

PROTOCOL_TLS_CLIENT = 0
PROTOCOL_TLS_SERVER = 1
CERT_NONE = 0
CERT_OPTIONAL = 1
CERT_REQUIRED = 2
MAX_CHUNK = 16384


@jit.dont_look_inside
def tls_error(space):
    """OSError(-code, message) for the last failure of the C layer (whose
    negative codes are errno values, so that those come out positive)."""
    msg = rffi.charp2str(c_errmsg())
    code = intmask(c_errcode())
    w_exc = space.call_function(space.w_OSError, [space.newint(-code), space.newtext(msg)])
    return OperationError(space.w_OSError, w_exc)


def _arg(args, i, name):
    w_x = args.arg(i)
    if w_x is None:
        w_x = args.kw(name)
    return w_x


def _given(space, w_x):
    return w_x is not None and not space.is_none(w_x)


# ____________________________________________________________
# SSLContext

class W_SSLContext(W_Root):
    _attrs_ = ['ctx', 'server', 'verify_mode', 'check_hostname']

    def __init__(self, ctx, server):
        self.ctx = ctx
        self.server = server
        self.verify_mode = CERT_NONE
        self.check_hostname = False

    def getclass(self, space):
        return space.builtin_types['SSLContext']

    def getdictvalue(self, space, name):
        if name == 'verify_mode':
            return space.newint(self.verify_mode)
        if name == 'check_hostname':
            return space.newbool(self.check_hostname)
        if name == 'protocol':
            return space.newint(PROTOCOL_TLS_SERVER if self.server else PROTOCOL_TLS_CLIENT)
        return None

    def setdictvalue(self, space, name, w_value):
        if name == 'verify_mode':
            mode = space.int_w(w_value)
            if mode < CERT_NONE or mode > CERT_REQUIRED:
                raise oefmt(space.w_ValueError, "invalid value for verify_mode")
            self.verify_mode = mode
            c_ctx_set_verify(self.ctx, rffi.cast(rffi.INT, mode))
            return True
        if name == 'check_hostname':
            self.check_hostname = space.is_true(w_value)
            return True
        return False


sslcontext_typedef = TypeDef('SSLContext', W_SSLContext, acceptable_as_base=False)


@jit.dont_look_inside
def sslcontext_new(space, args):
    args.check_kw_only(space, 'SSLContext', ['protocol'])
    if args.npos() > 2:
        raise oefmt(space.w_TypeError, "SSLContext() takes at most 1 argument")
    w_proto = _arg(args, 1, 'protocol')
    if w_proto is None:
        raise oefmt(space.w_TypeError, "SSLContext() missing required argument 'protocol'")
    proto = space.int_w(w_proto)
    if proto != PROTOCOL_TLS_CLIENT and proto != PROTOCOL_TLS_SERVER:
        raise oefmt(space.w_ValueError, "invalid protocol")
    server = proto == PROTOCOL_TLS_SERVER
    ctx = c_ctx_new(rffi.cast(rffi.INT, 1 if server else 0))
    if not ctx:
        raise tls_error(space)
    return W_SSLContext(ctx, server)


sslcontext_typedef.add('__new__', sslcontext_new)


def _source(space, w_x, what):
    """(data, is_path) for a certificate/key argument: str = file path, else bytes."""
    from interp.objects.strobject import W_Str
    if isinstance(w_x, W_Str):
        s = space.text_w(w_x)
        assert s is not None
        if '\x00' in s:
            raise oefmt(space.w_ValueError, "embedded null character")
        return s, True
    try:
        s = space.bytes_w(w_x)
    except OperationError:
        raise oefmt(space.w_TypeError, "%s must be str or bytes, not %s" % (
            what, space.type_name(w_x)))
    assert s is not None
    return s, False


@jit.dont_look_inside
def _load_cert_chain(space, w_ctx, w_cert, w_key):
    cert, cert_path = _source(space, w_cert, 'certfile')
    if w_key is None or space.is_none(w_key):
        key, key_path = cert, cert_path       # the key may follow the certificate
    else:
        key, key_path = _source(space, w_key, 'keyfile')
    with rffi.scoped_str2charp(cert) as c_cert:
        with rffi.scoped_str2charp(key) as c_key:
            ok = c_ctx_load_cert_chain(w_ctx.ctx, c_cert, -1 if cert_path else len(cert),
                                       c_key, -1 if key_path else len(key))
    if not intmask(ok):
        raise tls_error(space)


def sslcontext_load_cert_chain(space, w_self, args):
    args.check_kw_only(space, 'load_cert_chain', ['certfile', 'keyfile', 'password'])
    w_cert = _arg(args, 0, 'certfile')
    if w_cert is None:
        raise oefmt(space.w_TypeError, "load_cert_chain() missing required argument 'certfile'")
    _load_cert_chain(space, w_self, w_cert, _arg(args, 1, 'keyfile'))
    return space.w_None


sslcontext_typedef.raw_method('load_cert_chain')(sslcontext_load_cert_chain)


@jit.dont_look_inside
def _load_verify(space, w_ctx, w_src, what):
    data, is_path = _source(space, w_src, what)
    with rffi.scoped_str2charp(data) as c_data:
        ok = c_ctx_load_verify(w_ctx.ctx, c_data, -1 if is_path else len(data))
    if not intmask(ok):
        raise tls_error(space)


def sslcontext_load_verify_locations(space, w_self, args):
    args.check_kw_only(space, 'load_verify_locations', ['cafile', 'capath', 'cadata'])
    w_cafile = _arg(args, 0, 'cafile')
    w_cadata = args.arg(2)
    if w_cadata is None:
        w_cadata = args.kw('cadata')
    if not _given(space, w_cafile) and not _given(space, w_cadata):
        raise oefmt(space.w_TypeError, "cafile and cadata cannot be both omitted")
    if _given(space, w_cafile):
        from interp.objects.strobject import W_Str
        if not isinstance(w_cafile, W_Str):
            # MicroPython's tls takes the data positionally
            _load_verify(space, w_self, w_cafile, 'cadata')
        else:
            _load_verify(space, w_self, w_cafile, 'cafile')
    if _given(space, w_cadata):
        from interp.objects.strobject import W_Str
        if isinstance(w_cadata, W_Str):
            # CPython: PEM text
            _load_verify(space, w_self, space.newbytes(space.text_w(w_cadata)), 'cadata')
        else:
            _load_verify(space, w_self, w_cadata, 'cadata')
    return space.w_None


sslcontext_typedef.raw_method('load_verify_locations')(sslcontext_load_verify_locations)


def sslcontext_wrap_socket(space, w_self, args):
    args.check_kw_only(space, 'wrap_socket', ['sock', 'server_side',
                                               'do_handshake_on_connect', 'server_hostname'])
    w_sock = _arg(args, 0, 'sock')
    if w_sock is None:
        raise oefmt(space.w_TypeError, "wrap_socket() missing required argument 'sock'")
    w_side = _arg(args, 1, 'server_side')
    server_side = _given(space, w_side) and space.is_true(w_side)
    w_hs = _arg(args, 2, 'do_handshake_on_connect')
    handshake = True if w_hs is None else space.is_true(w_hs)
    w_host = _arg(args, 3, 'server_hostname')
    return wrap(space, w_self, w_sock, server_side, handshake, w_host)


sslcontext_typedef.raw_method('wrap_socket')(sslcontext_wrap_socket)


@jit.dont_look_inside
def wrap(space, w_ctx, w_sock, server_side, handshake, w_host):
    if not isinstance(w_sock, W_Socket):
        raise oefmt(space.w_TypeError, "wrap_socket() needs a socket, not %s"
                    % space.type_name(w_sock))
    if server_side != w_ctx.server:
        if server_side:
            raise oefmt(space.w_ValueError,
                        "server_side requires a PROTOCOL_TLS_SERVER context")
        raise oefmt(space.w_ValueError,
                    "a PROTOCOL_TLS_SERVER context needs server_side=True")
    if w_sock.is_closed():
        raise oserror_code(space, errno.EBADF)
    host = None
    if _given(space, w_host):
        if server_side:
            raise oefmt(space.w_ValueError, "server_hostname can only be given for a client")
        host = space.text_w(w_host)
        assert host is not None
        if '\x00' in host:
            raise oefmt(space.w_ValueError, "embedded null character")
    check = 1 if w_ctx.verify_mode != CERT_NONE else 0
    if host is None:
        ssl = c_new(w_ctx.ctx, rffi.cast(rffi.INT, w_sock.sock.fd),
                    rffi.cast(rffi.INT, 1 if server_side else 0),
                    lltype.nullptr(rffi.CCHARP.TO), rffi.cast(rffi.INT, 0))
    else:
        with rffi.scoped_str2charp(host) as c_host:
            ssl = c_new(w_ctx.ctx, rffi.cast(rffi.INT, w_sock.sock.fd),
                        rffi.cast(rffi.INT, 1 if server_side else 0),
                        c_host, rffi.cast(rffi.INT, check))
    if not ssl:
        raise tls_error(space)
    w_ssl = W_SSLSocket(ssl, w_sock, w_ctx)
    if handshake:
        try:
            do_handshake(space, w_ssl)
        except OperationError:
            w_ssl.close()
            raise
    return w_ssl


# ____________________________________________________________
# SSLSocket

class W_SSLSocket(W_Root):
    _attrs_ = ['ssl', 'w_sock', 'w_ctx', 'handshaken']

    def __init__(self, ssl, w_sock, w_ctx):
        self.ssl = ssl
        self.w_sock = w_sock
        self.w_ctx = w_ctx
        self.handshaken = False

    def getclass(self, space):
        return space.builtin_types['SSLSocket']

    def is_closed(self):
        return not self.ssl

    @jit.dont_look_inside
    def close(self):
        if self.ssl:
            c_close(self.ssl)
            self.ssl = lltype.nullptr(rffi.VOIDP.TO)
            try:
                self.w_sock.sock.close()
            except rsocket.SocketError:
                pass


sslsocket_typedef = TypeDef('SSLSocket', W_SSLSocket, acceptable_as_base=False)


def check_open(space, w_self):
    if w_self.is_closed():
        raise oserror_code(space, errno.EBADF)


@jit.dont_look_inside
def wait(space, w_self, want, nonblocking_result):
    """After WANT_READ/WANT_WRITE: wait for the socket (True), or give up on a
    non-blocking socket (False); a timeout raises TimeoutError."""
    timeout = w_self.w_sock.sock.timeout
    if timeout == 0.0:
        return False
    ms = -1 if timeout < 0.0 else int(timeout * 1000.0 + 0.5)
    r = intmask(c_poll(rffi.cast(rffi.INT, w_self.w_sock.sock.fd),
                       rffi.cast(rffi.INT, 1 if want == WANT_WRITE else 0),
                       rffi.cast(rffi.INT, ms)))
    if r < 0:
        err = -intmask(c_errcode())
        if err == errno.EINTR:
            space.actionflag.check_signals(space)
            return True
        raise oserror_code(space, err)
    if r == 0:
        w_exc = space.call_function(space.w_TimeoutError,
                                    [space.newint(errno.ETIMEDOUT), space.newtext('timed out')])
        raise OperationError(space.w_TimeoutError, w_exc)
    return True


@jit.dont_look_inside
def do_handshake(space, w_self):
    check_open(space, w_self)
    while True:
        r = intmask(c_handshake(w_self.ssl))
        if r == 1:
            w_self.handshaken = True
            return
        if r == WANT_READ or r == WANT_WRITE:
            if not wait(space, w_self, r, False):
                raise oserror_code(space, errno.EAGAIN)
            continue
        raise tls_error(space)


@sslsocket_typedef.method('do_handshake', 0)
def sslsocket_do_handshake(space, w_self):
    do_handshake(space, w_self)
    return space.w_None


@jit.dont_look_inside
def read_some(space, w_self, n):
    """Up to n (> 0) bytes: '' at the end of the stream, None if it would block."""
    check_open(space, w_self)
    if n > MAX_CHUNK:
        n = MAX_CHUNK
    with rffi.scoped_alloc_buffer(n) as buf:
        while True:
            r = intmask(c_read(w_self.ssl, buf.raw, rffi.cast(rffi.INT, n)))
            if r > 0:
                return buf.str(r)
            if r == 0:
                return ''
            if r == WANT_READ or r == WANT_WRITE:
                if not wait(space, w_self, r, False):
                    return None
                continue
            raise tls_error(space)


@jit.dont_look_inside
def write_some(space, w_self, data):
    """Bytes of data written (> 0), or -1 if it would block."""
    check_open(space, w_self)
    n = len(data)
    if n > MAX_CHUNK:
        n = MAX_CHUNK
    with rffi.scoped_nonmovingbuffer(data) as c_data:
        while True:
            r = intmask(c_write(w_self.ssl, c_data, rffi.cast(rffi.INT, n)))
            if r > 0:
                return r
            if r == WANT_READ or r == WANT_WRITE:
                if not wait(space, w_self, r, False):
                    return -1
                continue
            raise tls_error(space)


def _data(space, w_data):
    s = space.bytes_w(w_data)
    assert s is not None
    return s


@jit.dont_look_inside
def read_upto(space, w_self, n):
    """Up to n bytes (n < 0: to the end of the stream); None if nothing
    could be read because the socket would block."""
    b = StringBuilder()
    got = 0
    while n < 0 or got < n:
        s = read_some(space, w_self, MAX_CHUNK if n < 0 else n - got)
        if s is None:
            if got == 0:
                return None
            break
        if not s:
            break
        b.append(s)
        got += len(s)
    return b.build()


@sslsocket_typedef.method('read', 0, 1)
def sslsocket_read(space, w_self, w_n):
    n = -1
    if w_n is not None and not space.is_none(w_n):
        n = space.int_w(w_n)
    if n == 0:
        return space.newbytes('')
    s = read_upto(space, w_self, n)
    if s is None:
        return space.w_None
    return space.newbytes(s)


@sslsocket_typedef.method('recv', 1, 2)
def sslsocket_recv(space, w_self, w_n, w_flags):
    n = space.int_w(w_n)
    if n < 0:
        raise oefmt(space.w_ValueError, "negative buffersize in recv")
    if w_flags is not None and space.int_w(w_flags) != 0:
        raise oefmt(space.w_ValueError, "non-zero flags not allowed in calls to recv()")
    if n == 0:
        return space.newbytes('')
    s = read_some(space, w_self, n)
    if s is None:
        return space.w_None
    return space.newbytes(s)


def _writable(space, w_buf):
    from interp.objects.bytearrayobject import W_ByteArray
    from interp.objects.memoryviewobject import W_MemoryView
    if isinstance(w_buf, W_ByteArray):
        return len(w_buf.data)
    if isinstance(w_buf, W_MemoryView) and not w_buf.readonly():
        w_buf.check(space)
        return w_buf.length
    raise oefmt(space.w_TypeError, "object with buffer protocol required")


def _write_into(space, w_buf, s):
    from interp.objects.bytearrayobject import W_ByteArray
    from interp.objects.memoryviewobject import W_MemoryView
    if isinstance(w_buf, W_ByteArray):
        for i in range(len(s)):
            w_buf.data[i] = s[i]
    else:
        assert isinstance(w_buf, W_MemoryView)
        for i in range(len(s)):
            w_buf.setchar(space, i, s[i])


@sslsocket_typedef.method('readinto', 1, 2)
def sslsocket_readinto(space, w_self, w_buf, w_n):
    size = _writable(space, w_buf)
    if w_n is not None and not space.is_none(w_n):
        n = space.int_w(w_n)
        if n < size:
            size = n
    if size <= 0:
        return space.newint(0)
    s = read_upto(space, w_self, size)
    if s is None:
        return space.w_None
    _write_into(space, w_buf, s)
    return space.newint(len(s))


@sslsocket_typedef.method('recv_into', 1, 2)
def sslsocket_recv_into(space, w_self, w_buf, w_n):
    size = _writable(space, w_buf)
    if w_n is not None and not space.is_none(w_n):
        n = space.int_w(w_n)
        if 0 < n < size:
            size = n
    if size <= 0:
        return space.newint(0)
    s = read_some(space, w_self, size)
    if s is None:
        return space.w_None
    _write_into(space, w_buf, s)
    return space.newint(len(s))


@sslsocket_typedef.method('readline', 0, 1)
@jit.dont_look_inside
def sslsocket_readline(space, w_self, w_limit):
    """A line ending in b'\\n' (or at the end of the stream), read a byte at
    a time from the decrypted stream (so nothing past the line is lost)."""
    limit = -1
    if w_limit is not None and not space.is_none(w_limit):
        limit = space.int_w(w_limit)
    b = StringBuilder()
    got = 0
    while limit < 0 or got < limit:
        s = read_some(space, w_self, 1)
        if s is None:
            if got == 0:
                return space.w_None
            break
        if not s:
            break
        b.append(s)
        got += 1
        if s == '\n':
            break
    return space.newbytes(b.build())


@sslsocket_typedef.method('write', 1)
@jit.dont_look_inside
def sslsocket_write(space, w_self, w_data):
    """All of it (blocking), or what a non-blocking socket took (None: nothing)."""
    data = _data(space, w_data)
    sent = 0
    while sent < len(data):
        assert sent >= 0
        r = write_some(space, w_self, data if sent == 0 else data[sent:])
        if r < 0:
            if sent == 0:
                return space.w_None
            break
        sent += r
    return space.newint(sent)


@sslsocket_typedef.method('send', 1, 2)
@jit.dont_look_inside
def sslsocket_send(space, w_self, w_data, w_flags):
    data = _data(space, w_data)
    if w_flags is not None and space.int_w(w_flags) != 0:
        raise oefmt(space.w_ValueError, "non-zero flags not allowed in calls to send()")
    if not data:
        check_open(space, w_self)
        return space.newint(0)
    r = write_some(space, w_self, data)
    if r < 0:
        raise oserror_code(space, errno.EAGAIN)
    return space.newint(r)


@sslsocket_typedef.method('sendall', 1, 2)
@jit.dont_look_inside
def sslsocket_sendall(space, w_self, w_data, w_flags):
    data = _data(space, w_data)
    if w_flags is not None and space.int_w(w_flags) != 0:
        raise oefmt(space.w_ValueError, "non-zero flags not allowed in calls to sendall()")
    check_open(space, w_self)
    sent = 0
    while sent < len(data):
        assert sent >= 0
        r = write_some(space, w_self, data if sent == 0 else data[sent:])
        if r < 0:
            raise oserror_code(space, errno.EAGAIN)
        sent += r
    return space.w_None


@sslsocket_typedef.method('close', 0)
def sslsocket_close(space, w_self):
    w_self.close()
    return space.w_None


@sslsocket_typedef.method('setblocking', 1)
@jit.dont_look_inside
def sslsocket_setblocking(space, w_self, w_flag):
    check_open(space, w_self)
    w_self.w_sock.sock.setblocking(space.is_true(w_flag))
    return space.w_None


@sslsocket_typedef.method('settimeout', 1)
@jit.dont_look_inside
def sslsocket_settimeout(space, w_self, w_t):
    check_open(space, w_self)
    if space.is_none(w_t):
        w_self.w_sock.sock.settimeout(-1.0)
    else:
        t = space.float_w(w_t)
        if t < 0.0:
            raise oefmt(space.w_ValueError, "Timeout value out of range")
        w_self.w_sock.sock.settimeout(t)
    return space.w_None


@sslsocket_typedef.method('fileno', 0)
def sslsocket_fileno(space, w_self):
    if w_self.is_closed():
        return space.newint(-1)
    return space.newint(w_self.w_sock.sock.fd)


@sslsocket_typedef.method('pending', 0)
@jit.dont_look_inside
def sslsocket_pending(space, w_self):
    if w_self.is_closed():
        return space.newint(0)
    return space.newint(intmask(c_pending(w_self.ssl)))


@sslsocket_typedef.method('getpeercert', 0, 1)
@jit.dont_look_inside
def sslsocket_getpeercert(space, w_self, w_binary):
    check_open(space, w_self)
    if not w_self.handshaken:
        raise oefmt(space.w_ValueError, "handshake not done yet")
    n = intmask(c_peercert_der(w_self.ssl, lltype.nullptr(rffi.CCHARP.TO), rffi.cast(rffi.INT, 0)))
    if n <= 0:
        return space.w_None
    if w_binary is None or not space.is_true(w_binary):
        return space.newdict()
    with rffi.scoped_alloc_buffer(n) as buf:
        m = intmask(c_peercert_der(w_self.ssl, buf.raw, rffi.cast(rffi.INT, n)))
        if m != n:
            return space.w_None
        return space.newbytes(buf.str(n))


@sslsocket_typedef.method('cipher', 0)
@jit.dont_look_inside
def sslsocket_cipher(space, w_self):
    check_open(space, w_self)
    name = c_cipher_info(w_self.ssl, rffi.cast(rffi.INT, 0))
    if not name:
        return space.w_None
    version = c_cipher_info(w_self.ssl, rffi.cast(rffi.INT, 1))
    return space.newtuple([space.newtext(rffi.charp2str(name)),
                           space.newtext(rffi.charp2str(version)),
                           space.newint(intmask(c_cipher_bits(w_self.ssl)))])


@sslsocket_typedef.method('__enter__', 0)
def sslsocket_enter(space, w_self):
    return w_self


@sslsocket_typedef.method('__exit__', 3)
def sslsocket_exit(space, w_self, w_t, w_v, w_tb):
    w_self.close()
    return space.w_None


@sslsocket_typedef.method('__repr__', 0)
@jit.dont_look_inside
def sslsocket_repr(space, w_self):
    if w_self.is_closed():
        return space.newtext('<SSLSocket [closed]>')
    return space.newtext('<SSLSocket fd=%d>' % w_self.w_sock.sock.fd)


def _context_getter(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_SSLSocket)
    return w_self.w_ctx


sslsocket_typedef.add_getset('context', _context_getter)


# ____________________________________________________________
# ssl.wrap_socket (MicroPython's legacy form)

@jit.dont_look_inside
def ssl_wrap_socket(space, args):
    names = ['sock', 'server_side', 'key', 'cert', 'cert_reqs', 'cadata',
             'server_hostname', 'do_handshake']
    args.check_kw_only(space, 'wrap_socket', names)
    if args.npos() > len(names):
        raise oefmt(space.w_TypeError, "wrap_socket() takes at most 8 arguments")
    w_sock = _arg(args, 0, 'sock')
    if w_sock is None:
        raise oefmt(space.w_TypeError, "wrap_socket() missing required argument 'sock'")
    w_side = _arg(args, 1, 'server_side')
    server_side = _given(space, w_side) and space.is_true(w_side)
    w_key = _arg(args, 2, 'key')
    w_cert = _arg(args, 3, 'cert')
    w_reqs = _arg(args, 4, 'cert_reqs')
    w_cadata = _arg(args, 5, 'cadata')
    w_host = _arg(args, 6, 'server_hostname')
    w_hs = _arg(args, 7, 'do_handshake')
    ctx = c_ctx_new(rffi.cast(rffi.INT, 1 if server_side else 0))
    if not ctx:
        raise tls_error(space)
    w_ctx = W_SSLContext(ctx, server_side)
    if _given(space, w_cert) or _given(space, w_key):
        if not _given(space, w_cert):
            raise oefmt(space.w_ValueError, "key given without cert")
        _load_cert_chain(space, w_ctx, w_cert, w_key)
    if _given(space, w_cadata):
        _load_verify(space, w_ctx, w_cadata, 'cadata')
    if _given(space, w_reqs):
        w_ctx.setdictvalue(space, 'verify_mode', w_reqs)
    handshake = True if w_hs is None else space.is_true(w_hs)
    return wrap(space, w_ctx, w_sock, server_side, handshake, w_host)


CONSTANTS = [
    ('PROTOCOL_TLS_CLIENT', PROTOCOL_TLS_CLIENT),
    ('PROTOCOL_TLS_SERVER', PROTOCOL_TLS_SERVER),
    ('CERT_NONE', CERT_NONE),
    ('CERT_OPTIONAL', CERT_OPTIONAL),
    ('CERT_REQUIRED', CERT_REQUIRED),
]


def _types(space):
    w_ctx = space.builtin_types.get('SSLContext', None)
    if w_ctx is None:
        w_ctx = space._maketype(sslcontext_typedef)
        space._maketype(sslsocket_typedef)
    return w_ctx, space.builtin_types['SSLSocket']


def _fill(space, w_mod):
    w_ctx, w_sock = _types(space)
    d = w_mod.w_dict
    d.setitem_str('SSLContext', w_ctx)
    d.setitem_str('SSLSocket', w_sock)
    for name, value in CONSTANTS:
        d.setitem_str(name, space.newint(value))
    d.setitem_str('SSLError', space.w_OSError)      # MicroPython: no SSLError of its own


def make_tls_module(space):
    w_mod = W_Module(space, 'tls')
    _fill(space, w_mod)
    return w_mod


def make_ssl_module(space):
    w_mod = W_Module(space, 'ssl')
    _fill(space, w_mod)
    w_mod.w_dict.setitem_str('wrap_socket', W_BuiltinFunction('wrap_socket', ssl_wrap_socket))
    return w_mod
