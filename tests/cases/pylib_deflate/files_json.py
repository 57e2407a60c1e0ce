# DeflateIO over real files, the position of the file after the compressed
# data, close=True, and json.dump/json.load through a DeflateIO stream.
import deflate
import json
import os

FN = '_tmp_deflate_test.gz'
lines = [b'line %d of the file\n' % i for i in range(40)]

with open(FN, 'wb') as f:
    with deflate.DeflateIO(f, deflate.GZIP, 9) as d:
        for line in lines:
            d.write(line)
    f.write(b'TRAILER')
print(os.stat(FN)[6] < sum(len(l) for l in lines))

with open(FN, 'rb') as f:
    d = deflate.DeflateIO(f)
    got = []
    while True:
        line = d.readline()
        if not line:
            break
        got.append(line)
    print(got == lines, got[0], got[-1])
    print(f.read())

with open(FN, 'rb') as f:
    d = deflate.DeflateIO(f, deflate.GZIP, 0, True)
    print(len(d.read()))
    d.close()
    try:
        f.read()
        print('still open')
    except Exception:
        print('closed')

config = {'name': 'display', 'size': [128, 64], 'on': True, 'gain': 0.5,
          'tags': ['a', 'b'] * 5}
with open(FN, 'wb') as f:
    with deflate.DeflateIO(f, deflate.ZLIB) as d:
        json.dump(config, d)
with open(FN, 'rb') as f:
    with deflate.DeflateIO(f, deflate.ZLIB) as d:
        print(json.load(d) == config)
os.remove(FN)
