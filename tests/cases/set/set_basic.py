s = {1, 2, 3}
print(len(s), 1 in s, 4 in s, 4 not in s)
s.add(4)
s.add(1)
print(sorted(s))
s.discard(2)
s.discard(100)
print(sorted(s))
s.remove(3)
print(sorted(s))
try:
    s.remove(100)
except KeyError:
    print('KeyError')
print(sorted(set([3, 3, 1])), set(), len(set('hello')))
x = {5}
print(x, x.pop(), x)
try:
    set().pop()
except KeyError:
    print('KeyError')
e = set()
e.update([1, 2], (3,))
print(sorted(e))
c = e.copy()
c.clear()
print(sorted(e), c)
