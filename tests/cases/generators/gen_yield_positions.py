# yield as an expression in many positions
def g():
    a = (yield 1) + (yield 2)
    print("a", a)
    b = [(yield 3), (yield 4)]
    print("b", b)
    c = {"k": (yield 5)}
    print("c", c)
    d = f((yield 6), k=(yield 7))
    print("d", d)
    if (yield 8):
        print("true branch")
    e = yield
    print("e", e)
    x = yield from sub()
    print("x", x)


def f(*args, **kw):
    return args, kw


def sub():
    v = yield "sub"
    return v * 2


it = g()
out = [next(it)]
n = 10
try:
    while True:
        out.append(it.send(n))
        n += 10
except StopIteration:
    pass
print(out)
