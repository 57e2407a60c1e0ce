def f():
    n = 3
    return [lambda x: x * n for _ in range(2)]
print([g(2) for g in f()])
def g():
    base = 10
    return {k: base + k for k in range(3)}, [base * i for i in range(3)], sum(base for _ in range(2))
print(g())
def h(xs):
    m = max(xs)
    return [x for x in xs if x == m]
print(h([1, 3, 3, 2]))
def nested_gen():
    offset = 100
    gen = (x + offset for x in range(3))
    offset = 200
    return list(gen)
print(nested_gen())
