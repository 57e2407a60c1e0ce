"""socket: MicroPython's socket module (the unix port's), over rsocket.

getaddrinfo returns CPython's 5-tuples (family, type, proto, canonname,
sockaddr) with the sockaddr as a tuple (host, port), where MicroPython's
unix port gives a raw sockaddr bytes object: programs then run unchanged on
micropy and CPython.  The socket type is in interp/objects/socketobject.py."""
from rpython.rlib import rsocket, jit
from interp.objects.moduleobject import W_Module
from interp.objects.funcobject import W_BuiltinFunction
from interp.objects.socketobject import (socket_typedef, socket_error,
                                         addr_as_object, bytes_arg, text_arg)
from interp.gateway import function
from interp.error import oefmt

CONSTANT_NAMES = [
    'AF_INET', 'AF_INET6', 'AF_UNSPEC', 'SOCK_STREAM', 'SOCK_DGRAM', 'SOCK_RAW',
    'SOL_SOCKET', 'SO_REUSEADDR', 'SO_KEEPALIVE', 'SO_ERROR', 'SO_BROADCAST',
    'SO_RCVBUF', 'SO_SNDBUF', 'SO_TYPE', 'IPPROTO_IP', 'IPPROTO_TCP', 'IPPROTO_UDP',
    'IPPROTO_IPV6', 'TCP_NODELAY', 'MSG_PEEK', 'MSG_DONTWAIT', 'SHUT_RD', 'SHUT_WR',
    'SHUT_RDWR', 'AI_PASSIVE', 'AI_CANONNAME', 'AI_NUMERICHOST', 'AI_NUMERICSERV',
    'SOMAXCONN', 'INADDR_ANY',
]
CONSTANTS = [(name, rsocket.constants[name]) for name in CONSTANT_NAMES
             if rsocket.constants.get(name) is not None]


def _opt_int(space, args, i, names, default):
    w_x = args.arg(i)
    if w_x is None:
        for name in names:
            w_x = args.kw(name)
            if w_x is not None:
                break
    if w_x is None or space.is_none(w_x):
        return default
    return space.int_w(w_x)


@jit.dont_look_inside
def socket_getaddrinfo(space, args):
    """getaddrinfo(host, port, af=0, type=0, proto=0, flags=0)"""
    args.check_kw_only(space, 'getaddrinfo', ['host', 'port', 'af', 'family', 'type',
                                              'proto', 'flags'])
    if args.npos() > 6:
        raise oefmt(space.w_TypeError, "getaddrinfo() takes at most 6 arguments")
    w_host = args.arg(0)
    if w_host is None:
        w_host = args.kw('host')
    w_port = args.arg(1)
    if w_port is None:
        w_port = args.kw('port')
    if w_host is None or w_port is None:
        raise oefmt(space.w_TypeError, "getaddrinfo() missing required argument")
    host = None
    if not space.is_none(w_host):
        host = space.text_or_bytes_w(w_host, "getaddrinfo() argument 1 must be string or None")
    port = None
    if space.is_index(w_port):
        port = str(space.int_w(w_port))
    elif not space.is_none(w_port):
        port = space.text_or_bytes_w(w_port, "getaddrinfo() argument 2 must be integer or string")
    family = _opt_int(space, args, 2, ['af', 'family'], 0)
    socktype = _opt_int(space, args, 3, ['type'], 0)
    proto = _opt_int(space, args, 4, ['proto'], 0)
    flags = _opt_int(space, args, 5, ['flags'], 0)
    try:
        infos = rsocket.getaddrinfo(host, port, family, socktype, proto, flags)
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    result_w = []
    for fam, typ, pro, canon, addr in infos:
        if fam != rsocket.AF_INET and fam != rsocket.AF_INET6:
            continue
        result_w.append(space.newtuple([space.newint(fam), space.newint(typ),
                                        space.newint(pro), space.newtext(canon),
                                        addr_as_object(space, addr)]))
    return space.newlist(result_w)


@function(2)
@jit.dont_look_inside
def socket_inet_pton(space, w_af, w_text):
    try:
        packed = rsocket.inet_pton(space.int_w(w_af), text_arg(space, w_text))
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    return space.newbytes(packed)


@function(2)
@jit.dont_look_inside
def socket_inet_ntop(space, w_af, w_packed):
    packed = bytes_arg(space, w_packed)
    try:
        text = rsocket.inet_ntop(space.int_w(w_af), packed)
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    except ValueError:
        raise oefmt(space.w_ValueError, "invalid length of packed IP address string")
    return space.newtext(text)


@function(0)
@jit.dont_look_inside
def socket_gethostname(space):
    try:
        return space.newtext(rsocket.gethostname())
    except rsocket.SocketError as e:
        raise socket_error(space, e)


def make_module(space):
    w_socket = space._maketype(socket_typedef)
    w_mod = W_Module(space, 'socket')
    d = w_mod.w_dict
    d.setitem_str('socket', w_socket)
    for name, value in CONSTANTS:
        d.setitem_str(name, space.newint(value))
    d.setitem_str('getaddrinfo', W_BuiltinFunction('getaddrinfo', socket_getaddrinfo))
    for name, func in [('inet_pton', socket_inet_pton), ('inet_ntop', socket_inet_ntop),
                       ('gethostname', socket_gethostname)]:
        d.setitem_str(name, W_BuiltinFunction(name, func))
    d.setitem_str('error', space.w_OSError)         # CPython's aliases
    d.setitem_str('timeout', space.w_TimeoutError)
    return w_mod
