# MicroPython's poll: the objects themselves in the results, ipoll and its
# one-shot flag, unregister of an unknown object being a no-op, plain fds.
import select
import socket

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(1)
cli = socket.socket()
cli.connect(srv.getsockname())
conn, _ = srv.accept()

p = select.poll()
p.register(conn)                   # POLLIN | POLLOUT by default
res = p.poll(0)
print(len(res), res[0][0] is conn, res[0][1] == select.POLLOUT)

cli.send(b'abc')
print([(o is conn, ev) for o, ev in p.ipoll(1000)])
# one-shot: reported once, then its events are 0 until modify() re-arms it
print([(o is conn, ev) for o, ev in p.ipoll(0, 1)])
print(list(p.ipoll(0)))
p.modify(conn, select.POLLIN)
print([(o is conn, ev) for o, ev in p.ipoll(0)])

# registering again replaces the mask
p.register(conn, select.POLLOUT)
print([ev for o, ev in p.poll(0)])

p.unregister(cli)                  # not registered: nothing happens
p.unregister(conn)
print(p.poll(0))

# a plain file descriptor is given back as it is
p.register(cli.fileno(), select.POLLOUT)
print(p.poll(0) == [(cli.fileno(), select.POLLOUT)])

# objects with a fileno() method
class Wrapper:
    def __init__(self, s):
        self.s = s

    def fileno(self):
        return self.s.fileno()

wr = Wrapper(conn)
q = select.poll()
q.register(wr, select.POLLIN)
print([(o is wr, ev) for o, ev in q.poll(0)])

import uselect
print(uselect.poll is select.poll)
for s in (cli, conn, srv):
    s.close()
print('done')
