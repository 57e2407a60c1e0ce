# one megabyte, at once and in uneven pieces
import hashlib

mb = bytes(range(256)) * 4096
print(len(mb))
for f in [hashlib.sha256, hashlib.sha1, hashlib.md5]:
    whole = f(mb).hexdigest()
    print(whole)
    h = f()
    i = 0
    step = 1
    while i < len(mb):
        h.update(mb[i:i + step])
        i += step
        step = step * 3 + 1
        if step > 100000:
            step = 7
    print(h.hexdigest() == whole)
print(hashlib.sha256(b'a' * 1000000).hexdigest())
print(hashlib.md5(bytearray(1000000)).hexdigest())
