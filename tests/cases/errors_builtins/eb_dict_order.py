d = {}
for i in (5, 3, 9, 1):
    d[i] = i
print(list(d))
del d[3]
d[3] = 'again'
print(list(d), list(d.values()))
d[5] = 'updated'
print(list(d.items()))
print(d.popitem(), d.popitem(), d)
d = dict.fromkeys('hello')
print(list(d))
d = {'x': 1, 'y': 2}
d.update([('z', 3), ('x', 9)])
print(d)
d.setdefault('a', 0)
print(list(d))
e = {**d, 'y': 'Y'}
print(e)
print({1: 'a', True: 'b'}, {True: 'b', 1: 'a'})
print(list({'b': 1, 'a': 2} | {'c': 3, 'b': 4}))
d2 = dict(zip(range(10), 'abcdefghij'))
for k in range(0, 10, 2):
    del d2[k]
print(d2)
for k in range(10, 20):
    d2[k] = k
for k in range(10, 19):
    del d2[k]
print(d2, len(d2))
print(d2 == {1: 'b', 3: 'd', 5: 'f', 7: 'h', 9: 'j', 19: 19})
