import sys
keys = [0, 1, -1, 'a', 'b', (1, 2), 2 ** 65, 1.5, None, True, 'long key string', b'bytes']
d = {}
for i, k in enumerate(keys):
    d[k] = i
print(len(d), [d[k] for k in keys])
print(list(d.keys()))
for k in keys[::2]:
    del d[k]
print(d)
for k in keys:
    d[k] = d.get(k, 100) + 1
print(d)
e = dict(d)
e.update({0: 'zero', 'new': 'n'})
print(e == d, len(e), e[0], e['new'], e.pop('new'), 'new' in e)
big = {i: str(i) for i in range(500)}
for i in range(0, 500, 3):
    del big[i]
for i in range(0, 500, 6):
    big[i] = 'back'
print(len(big), list(big.items())[:6], list(big)[-4:])
