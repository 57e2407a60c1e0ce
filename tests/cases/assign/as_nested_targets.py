# nested tuple/list targets in assignments
(a, b), c = (1, 2), 3
print(a, b, c)
[a, [b, [c, d]]] = [1, [2, [3, 4]]]
print(a, b, c, d)
a, (b, c), *d = range(6) if False else [0, (1, 2), 3, 4]
print(a, b, c, d)
(a, *b), (*c, d) = 'abc', 'xyz'
print(a, b, c, d)
x, = [42]
print(x)
[y] = 'q'
print(y)
(z,) = (7,)
print(z)
() = []
[] = ()
print('empty targets ok')
*s, = 'abc'
print(s)
[*t] = range(3)
print(t)
a, b, c = 'xyz'
print(a, b, c)
a, b = {'one': 1, 'two': 2}
print(sorted([a, b]))
head, *tail = iter([1, 2, 3])
print(head, tail)
first, *_, end = range(10)
print(first, end, _)
# targets assigned left to right
log = []
class T:
    def __setattr__(self, name, value):
        log.append((name, value))
t = T()
t.a, t.b, (t.c, t.d) = 1, 2, (3, 4)
print(log)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 'x'
print(i, lst)
try:
    (a, b), c = (1, 2, 3), 4
except ValueError:
    print('ValueError nested')
try:
    a, b = 1
except TypeError:
    print('TypeError')
