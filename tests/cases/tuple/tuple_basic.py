t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], t * 2, t + (4,))
print((), (1,), (1, 2), tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)))
print(1 in t, 5 in t, t.count(2), t.index(3))
print(t == (1, 2, 3), t < (1, 2, 4), t > (1, 2), (1, 2) < (1, 2, 0))
a, b, c = t
print(a, b, c)
x = 1, 2
print(x, type(x).__name__)
try:
    t[0] = 5
except TypeError:
    print('TypeError')
try:
    t[5]
except IndexError:
    print('IndexError')
try:
    t.index(99)
except ValueError:
    print('ValueError')
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'pt'}[(1, 2)])
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
