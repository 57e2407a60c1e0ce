# unpacking iterators: how many items are consumed, and error types
consumed = []
def gen(n):
    for i in range(n):
        consumed.append(i)
        yield i
a, b = gen(2)
print(a, b, consumed)
consumed.clear()
try:
    a, b = gen(5)
except ValueError:
    print('too many, consumed', consumed)
consumed.clear()
try:
    a, b, c = gen(2)
except ValueError:
    print('too few, consumed', consumed)
consumed.clear()
a, *b = gen(4)
print(a, b, consumed)
it = iter(range(5))
x, y = next(it), next(it)
print(x, y, list(it))
# unpacking dicts, sets of one element, strings, bytes, ranges
k, = {'only': 1}
print(k)
s, = {42}
print(s)
p, q = b'AB'
print(p, q)
r1, r2, r3 = range(3)
print(r1, r2, r3)
# unpacking objects with __iter__ or __getitem__
class Pair:
    def __iter__(self):
        yield 'left'
        yield 'right'
l, r = Pair()
print(l, r)
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * i
        raise IndexError(i)
a, b, c = Seq()
print(a, b, c)
*init, last = Seq()
print(init, last)
try:
    a, b = 7
except TypeError:
    print('TypeError int')
try:
    a, b = None
except TypeError:
    print('TypeError None')
# an endless iterator only fails once one item too many has been read
def forever():
    n = 0
    while True:
        n += 1
        yield n
f = forever()
try:
    a, b = f
except ValueError:
    print('endless ValueError', next(f))
