import json
from collections import OrderedDict

print(json.dumps({'b': 1, 'a': 2, '\u00e9': 3, 'z': 4, '\U0001f600': 5,
                  '\uffff': 6, 'A': 7, '': 8}, sort_keys=True))
print(json.dumps({'\u00e9': 3, 'b': 1}, sort_keys=True, ensure_ascii=False))
print(json.dumps({3: 'c', 1: 'a', 2: 'b', -1: 'm'}, sort_keys=True))
print(json.dumps({0.5: 1, -2.5: 2, 10.0: 3}, sort_keys=True))
print(json.dumps({'k2': 1, 5: 2, 'k1': 3}))
try:
    json.dumps({'k2': 1, 5: 2}, sort_keys=True)
except TypeError as e:
    print(type(e).__name__)
print(json.dumps({(1,): 1, 'x': 2, (2,): 3, 'y': 4}, skipkeys=True, indent=1))
print(json.dumps({(1,): 1}, skipkeys=True, indent=1))
print(json.dumps({(1,): 1, 'b': 2, 'a': 3}, skipkeys=True))

od = OrderedDict()
od['z'] = 1
od['a'] = [OrderedDict([('y', 2), ('b', 3)])]
print(json.dumps(od))
print(json.dumps(od, sort_keys=True))
print(json.dumps(od, indent=2))

class D(dict):
    def items(self):
        return [('fake', 1), (2, 'two')]
print(json.dumps(D(a=1)))
print(json.dumps(D()))
print(json.dumps([D(a=1)], indent=1))

class L(list):
    def __iter__(self):
        return iter([9, 8])
print(json.dumps(L([1])))

class T(tuple):
    pass
print(json.dumps(T((1, T((2,))))), json.dumps(T()))

class S(str):
    def __str__(self):
        return 'other'
print(json.dumps({S('key'): S('val')}))

big = {}
for i in range(300):
    big['k%03d' % ((i * 37) % 300)] = i
text = json.dumps(big, sort_keys=True)
print(len(text), text[:40], text[-30:])
print(json.loads(text) == big)
