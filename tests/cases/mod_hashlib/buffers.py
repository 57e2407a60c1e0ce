# bytes-like arguments, attributes, hashlib.new, and wrong types
import hashlib
from array import array

ref = hashlib.sha256(b'abcdef').hexdigest()
for arg in [b'abcdef', bytearray(b'abcdef'), memoryview(b'abcdef'),
            memoryview(b'xxabcdefyy')[2:8], array('B', b'abcdef'), array('b', b'abcdef')]:
    print(type(arg).__name__, hashlib.sha256(arg).hexdigest() == ref)
    h = hashlib.sha256()
    h.update(arg)
    print(h.hexdigest() == ref)

# arrays hash their raw bytes
a = array('i', [1, 2, 3])
print(hashlib.md5(a).hexdigest() == hashlib.md5(a.tobytes()).hexdigest())
print(hashlib.sha1(array('d', [1.5])).hexdigest())

for f in [hashlib.sha256, hashlib.sha1, hashlib.md5]:
    h = f()
    print(h.name, h.digest_size, h.block_size, len(h.digest()), len(h.hexdigest()))

print(hashlib.new('sha256', b'abc').hexdigest() == hashlib.sha256(b'abc').hexdigest())
print(hashlib.new('md5').hexdigest() == hashlib.md5().hexdigest())
print(hashlib.new('SHA1', b'x').hexdigest() == hashlib.sha1(b'x').hexdigest())
print(hashlib.sha256(string=b'abc').hexdigest() == hashlib.sha256(b'abc').hexdigest())


def err(f):
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__)


for f in [hashlib.sha256, hashlib.sha1, hashlib.md5]:
    err(lambda: f('abc'))
    err(lambda: f(123))
    err(lambda: f(None))
    err(lambda: f([1, 2]))
    err(lambda: f(b'a', b'b'))
    h = f()
    err(lambda: h.update('abc'))
    err(lambda: h.update(1))
    err(lambda: h.update())
    err(lambda: h.update(b'a', b'b'))
    print(h.hexdigest() == f().hexdigest())
err(lambda: hashlib.new('nosuchhash'))
err(lambda: hashlib.new('sha256', 'text'))
