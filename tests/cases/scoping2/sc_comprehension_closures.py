# closures created in comprehensions
fs = [lambda: n for n in range(3)]
print([f() for f in fs])
fs = [(lambda n: lambda: n)(n) for n in range(3)]
print([f() for f in fs])
d = {k: (lambda: k) for k in 'ab'}
print({k: v() for k, v in d.items()})
def outer():
    base = 100
    return [lambda x=i: base + x for i in range(3)]
print([f() for f in outer()])
def outer2():
    factor = 2
    res = [[factor * i * j for j in range(3)] for i in range(2)]
    factor = 3
    return res
print(outer2())
def gen_late():
    factor = 2
    g = (factor * i for i in range(3))
    factor = 10
    return list(g)
print(gen_late())
def nested_comp_scope():
    return [[(i, j) for j in range(i)] for i in range(3)]
print(nested_comp_scope())
matrix = [[1, 2], [3, 4]]
print([[row[i] for row in matrix] for i in range(2)])
print({i: {j for j in range(i)} for i in range(3)})
