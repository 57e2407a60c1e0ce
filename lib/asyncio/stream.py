# asyncio.stream: streams over non-blocking sockets (frozen into micropy).
#
# MicroPython's API: one Stream class is both the reader and the writer
# (StreamReader = StreamWriter = Stream); open_connection() gives
# (stream, stream) and start_server() calls cb(stream, stream) for each
# client.  Also CPython's where cheap: Server.sockets, get_extra_info()
# with a default, a plain function as the client callback.
#
# A Stream works on a non-blocking object with MicroPython's stream methods:
# read(n) / readline() / write(b) return what they could do without
# blocking, or None when they could do nothing.  When that happens the task
# waits in the loop's I/O queue (core._io_wait) until poll says the stream is
# ready, then tries again.

from . import core

_READ = 1
_WRITE = 2


class Stream:
    def __init__(self, s, e=None):
        self.s = s
        self.e = {} if e is None else e
        self.out_buf = b''
        self.closed = False
        # A socket (non-blocking) is read at once, waiting only when it has
        # nothing; other streams (sys.stdin...) may block: wait first.
        self._wait_first = not hasattr(s, 'recv')

    def get_extra_info(self, name, default=None):
        if name not in self.e:
            try:
                if name == 'peername':
                    self.e[name] = self.s.getpeername()
                elif name == 'sockname':
                    self.e[name] = self.s.getsockname()
                elif name == 'socket':
                    self.e[name] = self.s
            except (OSError, AttributeError):
                pass
        return self.e.get(name, default)

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.close()
        await self.wait_closed()

    # -- reading --

    async def _read1(self, n):
        # At most n bytes (b'' at the end of the stream), waiting if needed.
        if self._wait_first:
            await core._io_wait(self.s, _READ)
        while True:
            if self.closed:
                return b''  # closed here (CPython's reader sees the end)
            r = self.s.read(n)
            if r is not None:
                return r
            await core._io_wait(self.s, _READ)

    async def read(self, n=-1):
        if n == 0:
            return b''
        if n > 0:
            return await self._read1(n)
        # up to the end of the stream
        parts = []
        while True:
            r = await self._read1(4096)
            if not r:
                return r[:0].join(parts)  # (bytes, or str from a text stream)
            parts.append(r)

    async def readinto(self, buf):
        if self._wait_first:
            await core._io_wait(self.s, _READ)
        while True:
            if self.closed:
                return 0
            n = self.s.readinto(buf)
            if n is not None:
                return n
            await core._io_wait(self.s, _READ)

    async def readexactly(self, n):
        parts = []
        while n > 0:
            r = await self._read1(n)
            if not r:
                raise EOFError
            parts.append(r)
            n -= len(r)
        return b''.join(parts)

    async def readline(self):
        line = None
        if self._wait_first:
            await core._io_wait(self.s, _READ)
        while True:
            if self.closed:
                return b'' if line is None else line
            r = self.s.readline()
            if r is None:
                await core._io_wait(self.s, _READ)
                continue
            line = r if line is None else line + r
            if not r or r[-1:] in (b'\n', '\n'):
                return line

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if not line:
            raise StopAsyncIteration
        return line

    # -- writing --

    def write(self, buf):
        if not self.out_buf:
            # try to send it at once; drain() sends what is left
            n = self.s.write(buf)
            if n is not None:
                if n == len(buf):
                    return
                buf = buf[n:]
        self.out_buf += buf

    async def drain(self):
        if not self.out_buf:
            # yield once, as a write that needed the loop would
            await core.sleep_ms(0)
            return
        mv = memoryview(self.out_buf)
        off = 0
        while off < len(mv):
            await core._io_wait(self.s, _WRITE)
            n = self.s.write(mv[off:off + 65536])
            if n is not None:
                off += n
        self.out_buf = b''

    def close(self):
        # Send what is buffered if the socket takes it now, then close.
        if self.out_buf:
            try:
                self.s.write(self.out_buf)
            except OSError:
                pass
            self.out_buf = b''
        self.closed = True
        self.s.close()

    async def wait_closed(self):
        self.closed = True
        self.s.close()
        await core.sleep_ms(0)

    def is_closing(self):
        return self.closed


StreamReader = Stream
StreamWriter = Stream


async def open_connection(host, port, ssl=None, server_hostname=None):
    import socket
    from errno import EINPROGRESS
    if ssl:
        raise NotImplementedError('ssl')
    ai = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)
    if not ai:
        raise OSError('no address for host')
    ai = ai[0]
    s = socket.socket(ai[0], ai[1], ai[2])
    s.setblocking(False)
    try:
        s.connect(ai[-1])
    except OSError as er:
        if er.errno != EINPROGRESS:
            s.close()
            raise er
    try:
        await core._io_wait(s, _WRITE)
    except BaseException:
        s.close()
        raise
    err = s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
    if err:
        s.close()
        raise OSError(err)
    ss = Stream(s, {'peername': ai[-1]})
    return ss, ss


class Server:
    def __init__(self):
        self.sockets = []
        self.task = None
        self._closing = False

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.close()
        await self.wait_closed()

    def close(self):
        self._closing = True
        if self.task is not None:
            self.task.cancel()

    def is_serving(self):
        return self.task is not None and not self.task.done()

    async def wait_closed(self):
        if self.task is not None:
            await self.task

    async def _serve(self, s, cb):
        try:
            while True:
                await core._io_wait(s, _READ)
                try:
                    s2, addr = s.accept()
                except OSError:
                    continue  # (the client went away already)
                s2.setblocking(False)
                st = Stream(s2, {'peername': addr})
                r = cb(st, st)
                if hasattr(r, 'send'):
                    core.create_task(r)
        except core.CancelledError:
            if not self._closing:
                raise
        finally:
            s.close()


async def start_server(cb, host, port, backlog=5, ssl=None):
    import socket
    if ssl:
        raise NotImplementedError('ssl')
    if not host:
        host = None  # every interface
    ai = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM, 0, socket.AI_PASSIVE)
    if not ai:
        raise OSError('no address for host')
    ai = ai[0]
    s = socket.socket(ai[0], ai[1], ai[2])
    try:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(ai[-1])
        s.listen(backlog)
        s.setblocking(False)
    except BaseException:
        s.close()
        raise
    srv = Server()
    srv.sockets.append(s)
    srv.task = core.create_task(srv._serve(s, cb))
    return srv
