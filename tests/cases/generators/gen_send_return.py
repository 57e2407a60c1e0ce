def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
g = acc()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print('returned', e.value)
def gen_ret():
    yield 1
    return 'end'
def outer():
    r = yield from gen_ret()
    yield r
print(list(outer()))
