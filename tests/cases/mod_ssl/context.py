# tls/ssl contexts without a network: constants, verify_mode, loading
# certificates and keys (file names or data), errors.
import tls
import ssl
import socket

print(tls.PROTOCOL_TLS_CLIENT, tls.PROTOCOL_TLS_SERVER)
print(tls.CERT_NONE, tls.CERT_OPTIONAL, tls.CERT_REQUIRED)
print(ssl.CERT_REQUIRED == tls.CERT_REQUIRED, ssl.SSLContext is tls.SSLContext)
print(type(ssl.wrap_socket).__name__ in ('function', 'builtin_function_or_method'))

# MicroPython: verify_mode starts as CERT_NONE for clients and servers
cli = tls.SSLContext(tls.PROTOCOL_TLS_CLIENT)
srv = tls.SSLContext(tls.PROTOCOL_TLS_SERVER)
print(cli.verify_mode, srv.verify_mode)
cli.verify_mode = tls.CERT_REQUIRED
print(cli.verify_mode)
cli.verify_mode = tls.CERT_OPTIONAL
print(cli.verify_mode)
for bad in [3, -1]:
    try:
        cli.verify_mode = bad
    except ValueError:
        print('ValueError', bad)
print(cli.verify_mode)
try:
    cli.verify_mode = 'x'
except TypeError:
    print('TypeError')

for proto in [2, -1]:
    try:
        tls.SSLContext(proto)
    except ValueError:
        print('ValueError for protocol', proto)
try:
    tls.SSLContext()
except TypeError:
    print('TypeError: no protocol')

# file names (str)
srv.load_cert_chain('_cert.pem', '_key.pem')
print('loaded from files')
# data (bytes): PEM, and the key after the certificate in one blob
with open('_cert.pem', 'rb') as f:
    cert = f.read()
with open('_key.pem', 'rb') as f:
    key = f.read()
srv2 = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
srv2.load_cert_chain(cert, key)
print('loaded from data')
srv3 = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
srv3.load_cert_chain(cert + key)
print('loaded from one blob')

cli.load_verify_locations(cafile='_cert.pem')
cli.load_verify_locations(cadata=cert)
cli.load_verify_locations(cert)          # MicroPython's tls: the data positionally
cli.load_verify_locations(cadata=cert.decode())
print('CA loaded')


def err(f, *args):
    try:
        f(*args)
    except OSError as e:
        print('OSError', e.errno is not None, len(e.args))
    except Exception as e:
        print(type(e).__name__)
    else:
        print('no error')


err(srv.load_cert_chain, 'no-such-file.pem', '_key.pem')
err(srv.load_cert_chain, '_cert.pem', 'no-such-file.pem')
err(srv.load_cert_chain, b'not a certificate', key)
err(srv.load_cert_chain, cert, b'not a key')
err(srv.load_cert_chain, 123, key)
err(cli.load_verify_locations, b'garbage')
err(cli.load_verify_locations, 'no-such-file.pem')
err(cli.load_verify_locations)
err(cli.load_verify_locations, None, None, 42)

try:
    srv.load_cert_chain('no-such-file.pem', '_key.pem')
except OSError as e:
    print(e.errno == 2)

# wrap_socket argument errors
err(cli.wrap_socket, 'not a socket')
s = socket.socket()
err(srv.wrap_socket, s)                      # a server context needs server_side=True
err(cli.wrap_socket, s, True)
s.close()
err(cli.wrap_socket, s)                      # closed socket
print(ssl.SSLError is OSError)
