def g():
    x = yield 1
    print('x =', x)
    y = yield x * 2 if x else 'none'
    print('y =', y)
    yield [x, y]
it = g()
print(next(it))
print(it.send(21))
print(it.send('why'))
def g2():
    while True:
        v = (yield)
        if v == 'stop':
            return 'stopped'
        print('got', v)
c = g2()
next(c)
c.send('a')
c.send('b')
try:
    c.send('stop')
except StopIteration as e:
    print(e.value)
