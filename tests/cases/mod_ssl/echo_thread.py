# A TLS echo server in a thread and a client in the main thread, on 127.0.0.1
# (the API shared by MicroPython's ssl and CPython's).
import socket
import ssl
import _thread

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(1)
port = srv.getsockname()[1]

done = _thread.allocate_lock()
done.acquire()
log = []


def server():
    try:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain('_cert.pem', '_key.pem')
        conn, addr = srv.accept()
        tconn = ctx.wrap_socket(conn, server_side=True)
        log.append('server handshake done')
        while True:
            data = tconn.recv(4096)
            if not data or data == b'bye':
                break
            tconn.sendall(data)
        log.append('server got %r' % data)
        tconn.close()
    except Exception as e:
        log.append('server error %s' % type(e).__name__)
    done.release()


_thread.start_new_thread(server, ())

ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE
print(ctx.verify_mode == ssl.CERT_NONE)
sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
sock.connect(('127.0.0.1', port))
tsock = ctx.wrap_socket(sock)
print('client handshake done')


def recv_exactly(n):
    got = b''
    while len(got) < n:
        chunk = tsock.recv(n - len(got))
        if not chunk:
            break
        got += chunk
    return got


for msg in [b'hello', b'second message', bytes(range(256)), b'x' * 40000]:
    n = tsock.send(msg) if len(msg) < 100 else None
    if n is None:
        tsock.sendall(msg)
    else:
        print('sent', n)
    reply = recv_exactly(len(msg))
    print(len(reply), reply == msg)

tsock.sendall(bytearray(b'from a bytearray'))
print(recv_exactly(16))
tsock.sendall(memoryview(b'..from a memoryview..')[2:-2])
print(recv_exactly(17))

tsock.sendall(b'bye')
done.acquire()
tsock.close()
for line in log:
    print(line)
srv.close()
print('done')
