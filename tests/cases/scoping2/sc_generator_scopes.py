# generators keep their local scope between resumptions; closures in generators
def gen():
    x = 0
    while x < 3:
        received = yield x
        x += 1 if received is None else received
g = gen()
print(next(g), g.send(None), g.send(0), next(g, 'done'))
def gen_closures():
    for i in range(3):
        yield lambda: i
fs = list(gen_closures())
print([f() for f in fs])
lazy = (lambda: i for i in range(3))
print([f() for f in lazy])
def outer():
    total = 0
    def g():
        nonlocal total
        for i in range(4):
            total += i
            yield total
    return list(g()), total
print(outer())
def global_gen():
    global gcount
    for _ in range(2):
        gcount += 1
        yield gcount
gcount = 10
print(list(global_gen()), gcount)
# a generator's locals are independent per generator object
def numbered(start):
    n = start
    while True:
        yield n
        n += 1
a, b = numbered(0), numbered(100)
print(next(a), next(b), next(a), next(b))
