def gen_ret(v):
    yield 1
    return v


for v in (None, 0, "s", (1, 2), [3], 4.5):
    g = gen_ret(v)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(e.value), e.args)


def deleg(v):
    r = yield from gen_ret(v)
    print("delegated result", repr(r))
    return ("wrapped", r)


g = deleg((7, 8))
print(list(g))
g = deleg(9)
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value)


def noyield():
    return 42
    yield


try:
    next(noyield())
except StopIteration as e:
    print("immediate", e.value)


def chain(n):
    if n == 0:
        return 0
    x = yield n
    r = yield from chain(n - 1)
    return r + (x or 0)


g = chain(3)
out = [next(g)]
try:
    while True:
        out.append(g.send(10))
except StopIteration as e:
    out.append(("ret", e.value))
print(out)
