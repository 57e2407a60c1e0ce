# UDP datagrams on loopback: sendto / recvfrom, and connected UDP sockets.
import socket

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(('127.0.0.1', 0))
a.settimeout(5)
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b.bind(('127.0.0.1', 0))
b.settimeout(5)
aaddr = a.getsockname()
baddr = b.getsockname()

print(b.sendto(b'ping', aaddr))
data, frm = a.recvfrom(100)
print(data, frm == baddr)
print(a.sendto(b'pong!', frm))
data, frm = b.recvfrom(100)
print(data, frm == aaddr)

# a datagram longer than the buffer is cut
b.sendto(b'0123456789', aaddr)
print(a.recvfrom(4)[0])

# empty datagram
b.sendto(b'', aaddr)
print(a.recvfrom(10)[0])

# connect() fixes the peer: send / recv
b.connect(aaddr)
b.send(b'via connect')
print(a.recv(100))
a.sendto(b'back', baddr)
print(b.recv(100))

a.close()
b.close()
print('done')
