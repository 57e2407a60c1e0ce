# MicroPython's stream methods on sockets: read, readinto, readline, write,
# makefile (the socket itself), and what non-blocking sockets return.
import socket

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(1)
cli = socket.socket()
cli.connect(srv.getsockname())
conn, addr = srv.accept()

print(cli.write(b'line one\nline two\npartial'))
print(conn.readline())
print(conn.readline())
print(conn.read(4))
buf = bytearray(8)
conn.setblocking(False)
print(conn.readinto(buf), buf)       # only 3 bytes are there
print(conn.read(10))                 # nothing there: None
print(conn.readline())               # None too
print(conn.read())                   # and read() with no size
print(conn.write(b'reply\n'))
print(cli.readline())

# makefile gives the socket back
f = cli.makefile('rwb', 0)
print(f is cli)

# read() reads up to the end of the stream
conn.setblocking(True)
cli.write(b'the rest')
cli.close()
print(conn.read())
print(conn.read(5))
print(conn.readline())
conn.close()
srv.close()

# readline with a limit, readinto with a size
a = socket.socket()
a.bind(('127.0.0.1', 0))
a.listen(1)
b = socket.socket()
b.connect(a.getsockname())
c, _ = a.accept()
b.write(b'abcdefgh\n')
print(c.readline(3), c.readline())
b.write(b'0123456789')
mv = memoryview(bytearray(10))
print(c.readinto(mv, 4), bytes(mv))
for s in (a, b, c):
    s.close()
print('done')
