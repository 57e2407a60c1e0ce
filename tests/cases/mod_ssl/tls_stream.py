# MicroPython's side of TLS: the tls module, ssl.wrap_socket (the legacy
# form) and the stream methods read/readinto/readline/write of the wrapped
# socket, with a server in a thread.
import socket
import ssl
import tls
import _thread

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(2)
port = srv.getsockname()[1]

with open('_cert.pem', 'rb') as f:
    CERT = f.read()
with open('_key.pem', 'rb') as f:
    KEY = f.read()

done = _thread.allocate_lock()
done.acquire()
log = []


def serve_one(tconn, i):
    line = tconn.readline()
    log.append('%d: line %r' % (i, line))
    tconn.write(b'line one\nline two\nrest')
    buf = bytearray(6)
    n = tconn.readinto(buf)
    log.append('%d: readinto %d %r' % (i, n, bytes(buf)))
    data = tconn.read(4)
    log.append('%d: read %r' % (i, data))
    tconn.write(b'big:' + b'z' * 50000)
    tconn.close()


def server():
    try:
        # 0: MicroPython's legacy ssl.wrap_socket, key and cert as data
        conn, addr = srv.accept()
        tconn = ssl.wrap_socket(conn, server_side=True, key=KEY, cert=CERT)
        serve_one(tconn, 0)
        # 1: tls.SSLContext
        ctx = tls.SSLContext(tls.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(CERT, KEY)
        conn, addr = srv.accept()
        tconn = ctx.wrap_socket(conn, server_side=True)
        serve_one(tconn, 1)
    except Exception as e:
        log.append('server error %s %s' % (type(e).__name__, e))
    done.release()


_thread.start_new_thread(server, ())


def client(tsock):
    print(tsock.write(b'hello server\n'))
    print(tsock.readline())
    print(tsock.readline())
    print(tsock.read(4))
    print(tsock.write(b'123456'))
    print(tsock.write(bytearray(b'abcd')))
    print(tsock.read(4))
    rest = tsock.read()           # to the end of the stream
    print(len(rest), rest == b"z" * 50000)
    print(tsock.read(10))         # at the end
    tsock.close()


# 0: ssl.wrap_socket, the server's certificate checked against it as the CA
s = socket.socket()
s.connect(('127.0.0.1', port))
t = ssl.wrap_socket(s, cert_reqs=ssl.CERT_REQUIRED, cadata=CERT, server_hostname='localhost')
print(t.getpeercert(True) is not None, t.getpeercert() == {})
name, version, bits = t.cipher()
print(type(name), version.startswith('TLS'), bits > 0)
client(t)

# 1: tls.SSLContext, no verification (the default), handshake by hand
ctx = tls.SSLContext(tls.PROTOCOL_TLS_CLIENT)
s = socket.socket()
s.connect(('127.0.0.1', port))
t = ctx.wrap_socket(s, do_handshake_on_connect=False)
t.do_handshake()
client(t)
try:
    t.read(1)
except OSError as e:
    print('closed: OSError', e.errno)

done.acquire()
for line in log:
    print(line)
srv.close()
