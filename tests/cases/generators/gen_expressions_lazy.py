log = []


def src(n):
    for i in range(n):
        log.append("src%d" % i)
        yield i


ge = (x * 2 for x in src(3))
print(log)
print(next(ge))
print(log)
print(list(ge))
print(log)

# the first iterable is evaluated at once, the rest lazily
def make():
    print("make called")
    return [1, 2]


ge = (x for x in make())
print("created")
print(list(ge))
try:
    ge2 = (x for x in 5)
except TypeError:
    print("TypeError at creation")

# exceptions inside a generator expression
ge = (10 // x for x in [5, 2, 0, 1])
out = []
try:
    for v in ge:
        out.append(v)
except ZeroDivisionError:
    print("zde after", out)
print(list(ge))

# short-circuit consumers stop pulling
del log[:]
print(any(x > 0 for x in src(5)), log)
del log[:]
print(all(x < 1 for x in src(5)), log)
print(sum(x for x in range(10) if x % 3), max((x * x for x in range(-5, 3))))

# send/throw/close work on generator expressions too
ge = (x for x in range(3))
print(next(ge), ge.send(None))
ge.close()
print(list(ge))
ge = (x for x in range(3))
next(ge)
try:
    ge.throw(IndexError("ge"))
except IndexError as e:
    print("thrown", e)
