# The module's constants and functions.
import socket

print(socket.AF_INET, socket.AF_INET6, socket.SOCK_STREAM, socket.SOCK_DGRAM, socket.SOCK_RAW)
print(socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.IPPROTO_TCP, socket.IPPROTO_UDP,
      socket.TCP_NODELAY)
print(socket.error is OSError)

# getaddrinfo: 5-tuples with the address as a tuple
for info in socket.getaddrinfo('127.0.0.1', 8080, 0, socket.SOCK_STREAM):
    f, t, p, canon, addr = info
    print(f == socket.AF_INET, t == socket.SOCK_STREAM, p, repr(canon), addr)
info = socket.getaddrinfo('localhost', '80', socket.AF_INET, socket.SOCK_DGRAM)
print(len(info) >= 1, info[0][4])
info = socket.getaddrinfo('::1', 443, socket.AF_INET6, socket.SOCK_STREAM)
print(info[0][0] == socket.AF_INET6, info[0][4][:2])
try:
    socket.getaddrinfo('no-such-host.invalid', 80)
except OSError as e:
    print('unknown host: OSError')

# inet_pton / inet_ntop
print(socket.inet_pton(socket.AF_INET, '192.168.1.20'))
print(socket.inet_ntop(socket.AF_INET, b'\x7f\x00\x00\x01'))
packed = socket.inet_pton(socket.AF_INET6, '2001:db8::1')
print(len(packed), socket.inet_ntop(socket.AF_INET6, packed))
try:
    socket.inet_pton(socket.AF_INET, '1.2.3')
except OSError:
    print('bad address: OSError')
try:
    socket.inet_ntop(socket.AF_INET, b'\x01\x02')
except ValueError:
    print('bad length: ValueError')

# socket attributes and options
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(s.family == socket.AF_INET, s.type == socket.SOCK_DGRAM, s.proto)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
s.close()
t = socket.socket()
t.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print(t.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
t.close()

# IPv6 loopback, when the host has it
try:
    s6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    s6.bind(('::1', 0))
    ok = True
except OSError:
    ok = False
if ok:
    addr = s6.getsockname()
    print('ipv6', addr[0], len(addr))
    s6.close()
else:
    print('ipv6 ::1 4')
