# Certificate verification: the client trusts the server's self-signed
# certificate as its CA; without it (or with the wrong host name) the
# handshake fails with an OSError (ssl.SSLError is one in CPython).
import socket
import ssl
import _thread
import binascii

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(3)
port = srv.getsockname()[1]

NCONN = 4
done = _thread.allocate_lock()
done.acquire()
log = []


def server():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain('_cert.pem', '_key.pem')
    for i in range(NCONN):
        conn, addr = srv.accept()
        try:
            tconn = ctx.wrap_socket(conn, server_side=True)
        except OSError as e:
            log.append('server: connection %d failed' % i)
            conn.close()
            continue
        try:
            data = tconn.recv(100)
            tconn.sendall(data.upper())
            log.append('server: connection %d ok' % i)
        except OSError as e:
            log.append('server: connection %d failed after handshake' % i)
        tconn.close()
    done.release()


_thread.start_new_thread(server, ())

with open('_cert.pem') as f:
    pem = f.read()
body = pem.split('-----BEGIN CERTIFICATE-----')[1].split('-----END CERTIFICATE-----')[0]
der = binascii.a2b_base64(''.join(body.split()))


def connect(ctx, hostname):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.connect(('127.0.0.1', port))
    try:
        tsock = ctx.wrap_socket(sock, server_hostname=hostname)
    except OSError as e:
        sock.close()
        print('client: handshake failed, OSError:', isinstance(e, OSError))
        return None
    print('client: handshake ok')
    return tsock


# 1: the right CA (a file) and host name
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.verify_mode = ssl.CERT_REQUIRED
ctx.load_verify_locations(cafile='_cert.pem')
t = connect(ctx, 'localhost')
peer = t.getpeercert(True)
print('peer certificate is ours:', peer == der)
t.sendall(b'verified')
print(t.recv(100))
t.close()

# 2: the CA as data
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.verify_mode = ssl.CERT_REQUIRED
ctx.load_verify_locations(cadata=der)
t = connect(ctx, 'localhost')
t.sendall(b'verified with cadata')
print(t.recv(100))
t.close()

# 3: nothing to verify against
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.verify_mode = ssl.CERT_REQUIRED
print(connect(ctx, 'localhost'))

# 4: a host name the certificate is not for
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.verify_mode = ssl.CERT_REQUIRED
ctx.load_verify_locations(cafile='_cert.pem')
print(connect(ctx, 'example.com'))

done.acquire()
for line in log:
    print(line)
srv.close()
