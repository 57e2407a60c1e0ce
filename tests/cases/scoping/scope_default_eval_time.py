i = 1
def f(a=i):
    return a
i = 2
print(f())
def make():
    res = []
    for k in range(3):
        def g(k=k):
            return k * k
        res.append(g)
    return res
print([g() for g in make()])
def mutable_default(d={}):
    d['n'] = d.get('n', 0) + 1
    return d['n']
print(mutable_default(), mutable_default(), mutable_default({}))
