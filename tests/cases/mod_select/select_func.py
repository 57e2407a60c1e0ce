# select.select on sockets (the same on MicroPython and CPython).
import select
import socket

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(2)

r, w, x = select.select([srv], [], [], 0)
print(r == [], w == [], x == [])

cli = socket.socket()
cli.connect(srv.getsockname())
r, w, x = select.select([srv], [cli], [], 1)
print(r == [srv], w == [cli], x)
conn, _ = srv.accept()

r, w, x = select.select([conn, srv], [], [], 0.01)
print('nothing to read', r)
cli.send(b'hi')
r, w, x = select.select([srv, conn], [], [], 1.0)
print(r == [conn])
print(conn.recv(5))

# file descriptors work too, and tuples
r, w, x = select.select((), (cli.fileno(),), (), 1)
print(w == [cli.fileno()])

# files: a regular file is always ready
f = open(__file__, 'rb')
r, w, x = select.select([f], [], [], 0)
print(r == [f])
p = select.poll()
p.register(f, select.POLLIN)
print([ev for o, ev in p.poll(0)])
f.close()

# an empty select is a sleep
print(select.select([], [], [], 0.01))

try:
    select.select([srv], [], [], -1)
except ValueError:
    print('negative timeout: ValueError')
try:
    select.select([-1], [], [], 0)
except ValueError:
    print('negative fd: ValueError')
try:
    select.select(['x'], [], [], 0)
except TypeError:
    print('str: TypeError')
for s in (cli, conn, srv):
    s.close()
print('done')
