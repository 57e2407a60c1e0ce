# digests of many lengths, around the 55/56/64-byte padding boundaries
import hashlib

ALGOS = [hashlib.sha256, hashlib.sha1, hashlib.md5]

print(hashlib.sha256(b'abc').hexdigest())
print(hashlib.sha1(b'abc').hexdigest())
print(hashlib.md5(b'abc').hexdigest())
print(hashlib.sha256().hexdigest())
print(hashlib.sha1(b'').hexdigest())
print(hashlib.md5().digest())

for f in ALGOS:
    for n in [0, 1, 2, 3, 31, 32, 33, 54, 55, 56, 57, 62, 63, 64, 65, 66, 111,
              119, 120, 121, 127, 128, 129, 191, 192, 193, 255, 256, 257, 1000]:
        data = bytes((i * 31 + n) & 255 for i in range(n))
        h = f(data)
        d = h.digest()
        print(n, h.hexdigest(), len(d) == h.digest_size, d.hex() == h.hexdigest())

for f in ALGOS:
    print(f(b'\x00' * 64).hexdigest(), f(b'\xff' * 56).hexdigest())
    print(f(b'The quick brown fox jumps over the lazy dog').hexdigest())
