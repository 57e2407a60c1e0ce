def inner():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def outer():
    result = yield from inner()
    yield 'inner result %d' % result
g = outer()
print(next(g), g.send(1), g.send(2), g.send(3))
print(g.send(None))
def delegating_throw():
    try:
        yield from inner()
    except ValueError:
        yield 'caught in outer'
d = delegating_throw()
next(d)
print(d.throw(ValueError))
