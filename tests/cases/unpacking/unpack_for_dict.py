inventory = {'apples': 3, 'pears': 0, 'kiwis': 12}
for name, qty in inventory.items():
    status = 'out' if qty == 0 else 'in'
    print('%-7s %3d %s' % (name, qty, status))
pairs = [(1, 'one'), (2, 'two')]
lookup = {k: v for k, v in pairs}
print(lookup)
matrix = [[1, 2, 3], [4, 5, 6]]
for i, (a, b, c) in enumerate(matrix):
    print(i, a * b * c)
print([a + b for a, b in zip([1, 2], [10, 20])])
print({v: k for k, v in lookup.items()})
