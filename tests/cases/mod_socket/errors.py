# Errors: refused connections, non-blocking sockets, timeouts, closed sockets,
# bad arguments.  Only errno values and exception types both agree on.
import socket
import errno

# a port nobody listens on: bind one, then close it
tmp = socket.socket()
tmp.bind(('127.0.0.1', 0))
port = tmp.getsockname()[1]
tmp.close()

c = socket.socket()
try:
    c.connect(('127.0.0.1', port))
except OSError as e:
    print('connect refused', e.errno == errno.ECONNREFUSED)
c.close()

print('connect_ex', socket.socket().connect_ex(('127.0.0.1', port)) == errno.ECONNREFUSED)

# non-blocking accept with nobody connecting
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(1)
srv.setblocking(False)
print('timeout', srv.gettimeout())
try:
    srv.accept()
except OSError as e:
    print('accept EAGAIN', e.errno == errno.EAGAIN)

# non-blocking connect
c = socket.socket()
c.setblocking(False)
try:
    c.connect(srv.getsockname())
    print('connected at once')
except OSError as e:
    print('connect EINPROGRESS', e.errno == errno.EINPROGRESS)
srv.setblocking(True)
conn, addr = srv.accept()

# non-blocking recv with no data
try:
    c.recv(10)
except OSError as e:
    print('recv EAGAIN', e.errno == errno.EAGAIN)

# a timeout: TimeoutError is an OSError
conn.settimeout(0.05)
print('timeout', conn.gettimeout())
try:
    conn.recv(10)
except OSError as e:
    print('recv timed out', type(e).__name__, isinstance(e, socket.timeout))
conn.settimeout(None)
print('timeout', conn.gettimeout())

# address in use
other = socket.socket()
try:
    other.bind(srv.getsockname())
except OSError as e:
    print('bind EADDRINUSE', e.errno == errno.EADDRINUSE)
other.close()

# closed sockets
conn.close()
for name, call in [('recv', lambda: conn.recv(1)), ('send', lambda: conn.send(b'x')),
                   ('getsockname', lambda: conn.getsockname())]:
    try:
        call()
    except OSError as e:
        print(name, 'after close: EBADF', e.errno == errno.EBADF)

# bad arguments
s = socket.socket()
for label, call in [('bind str', lambda: s.bind('127.0.0.1')),
                    ('bind 1-tuple', lambda: s.bind(('127.0.0.1',))),
                    ('port too big', lambda: s.bind(('127.0.0.1', 70000))),
                    ('recv negative', lambda: s.recv(-1)),
                    ('send str', lambda: s.send('text')),
                    ('negative timeout', lambda: s.settimeout(-1))]:
    try:
        call()
        print(label, 'no error')
    except Exception as e:
        print(label, type(e).__name__)
s.close()
c.close()
srv.close()
print('done')
