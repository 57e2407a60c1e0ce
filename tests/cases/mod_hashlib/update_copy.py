# several updates = one update; copy() forks the state; digest() does not finalize
import hashlib

data = bytes(range(256)) * 3
for f in [hashlib.sha256, hashlib.sha1, hashlib.md5]:
    whole = f(data).hexdigest()
    for chunk in [1, 3, 7, 55, 56, 63, 64, 65, 100, 500]:
        h = f()
        for i in range(0, len(data), chunk):
            r = h.update(data[i:i + chunk])
        print(chunk, h.hexdigest() == whole, r)
    h = f(b'hello ')
    c = h.copy()
    c.update(b'world')
    print(h.hexdigest(), c.hexdigest())
    print(c.hexdigest() == f(b'hello world').hexdigest())
    # digest twice, then keep updating
    d1 = h.digest()
    d2 = h.digest()
    print(d1 == d2, h.hexdigest() == d1.hex())
    h.update(b'world')
    print(h.digest() == c.digest())
    # a copy of a copy
    cc = c.copy()
    print(cc.hexdigest() == c.hexdigest(), cc is c)
    h = f()
    h.update(b'')
    print(h.hexdigest() == f().hexdigest())
