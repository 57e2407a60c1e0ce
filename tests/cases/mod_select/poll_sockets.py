# select.poll on sockets.  MicroPython's poll() gives (object, event) pairs and
# CPython's (fd, event): compare file descriptors, which works on both.
import select
import socket


def fd_of(x):
    return x if isinstance(x, int) else x.fileno()


def show(label, res):
    print(label, sorted((names[fd_of(o)], ev) for o, ev in res))


print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP)

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(2)
cli = socket.socket()
names = {srv.fileno(): 'srv', cli.fileno(): 'cli'}

p = select.poll()
p.register(srv, select.POLLIN)
show('nothing yet', p.poll(0))

cli.connect(srv.getsockname())
show('connection pending', p.poll(1000))
conn, _ = srv.accept()
names[conn.fileno()] = 'conn'
show('accepted', p.poll(0))

p.register(conn, select.POLLIN)
p.register(cli, select.POLLOUT)
show('cli writable', p.poll(1000))

cli.send(b'data')
show('conn readable', p.poll(1000))
print(conn.recv(10))
show('drained', p.poll(0))

# modify: cli now waits for input
p.modify(cli, select.POLLIN)
show('cli waits', p.poll(0))
conn.send(b'x')
show('cli readable', p.poll(1000))
print(cli.recv(1))

# the peer closes: readable (EOF), reads b''
p.unregister(cli)
cli.close()
res = p.poll(1000)
print('conn after close', [ev & select.POLLIN != 0 for o, ev in res if fd_of(o) == conn.fileno()])
print(conn.recv(10))

p.unregister(conn)
p.unregister(srv)
print('empty', p.poll(0))

# timeouts: an int or float of milliseconds, or None (forever, not used here)
q = select.poll()
q.register(conn, select.POLLIN | select.POLLOUT)
print('timeout forms', len(q.poll(10)), len(q.poll(10.5)))

try:
    p.modify(conn, select.POLLIN)
except OSError as e:
    import errno
    print('modify unregistered: ENOENT', e.errno == errno.ENOENT)
try:
    p.register('not a stream')
except TypeError:
    print('register str: TypeError')
# a registered socket that gets closed: POLLNVAL
q.unregister(conn)
extra = socket.socket()
q.register(extra, select.POLLIN)
extra.close()
print('closed', [ev == select.POLLNVAL for o, ev in q.poll(1000)])
conn.close()
srv.close()
print('done')
