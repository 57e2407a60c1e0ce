# A TCP server and a client in one program, on 127.0.0.1.
import socket

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(5)
host, port = srv.getsockname()
print('server on', host, 0 < port < 65536)

cli = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
cli.settimeout(5)
cli.connect(('127.0.0.1', port))
conn, addr = srv.accept()
conn.settimeout(5)
print('accepted from', addr[0], addr[1] == cli.getsockname()[1])
print('peer', conn.getpeername() == cli.getsockname(), cli.getpeername() == (host, port))

# client -> server
print(cli.send(b'hello server'))
data = b''
while len(data) < 12:
    data += conn.recv(100)
print(data)

# server -> client, sendall of a larger block
block = bytes(range(256)) * 64
conn.sendall(block)
got = b''
while len(got) < len(block):
    chunk = cli.recv(5000)
    if not chunk:
        break
    got += chunk
print(len(got), got == block)

# bytearray and memoryview data
cli.sendall(bytearray(b'abc'))
cli.sendall(memoryview(b'xyzdef')[:3])
data = b''
while len(data) < 6:
    data += conn.recv(6 - len(data))
print(data)

# recv_into
buf = bytearray(10)
conn.send(b'12345')
n = cli.recv_into(buf)
print(n, buf)

# the peer closes: recv gives b''
conn.close()
print(cli.recv(10))
print(cli.recv(10))

# context manager closes the socket
with cli:
    print('fileno ok', cli.fileno() >= 0)
print('fileno after close', cli.fileno())
srv.close()
srv.close()   # closing twice is fine
print('done')
