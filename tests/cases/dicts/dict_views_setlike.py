d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
it = d.items()
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}))
print(sorted({'a', 'x'} & k), sorted({'x'} | k), sorted({'a', 'x'} - k), sorted(['b', 'y'] ^ k))
print(sorted(k & ['a', 'c', 'c']), type(k & set()).__name__, type(k | []).__name__)
print(k == {'a', 'b', 'c'}, k != {'a'}, k <= {'a', 'b', 'c', 'd'}, k < {'a', 'b', 'c'}, k >= {'a'}, k > k)
print({'a', 'b', 'c'} == k, k == d.keys(), k == ['a', 'b', 'c'], d.values() == d.values())
print(sorted(it & {('a', 1), ('b', 9)}), sorted(it - {('a', 1)}), ('c', 3) in it, ('c', 4) in it)
print(k.isdisjoint(['x', 'y']), k.isdisjoint('abc'), it.isdisjoint([('a', 2)]))
d['d'] = 4
print(sorted(k), len(k), len(it), 'd' in k)
try:
    k & 5
except TypeError:
    print('TypeError keys & int')
try:
    d.values() & {1}
except TypeError:
    print('TypeError values &')
