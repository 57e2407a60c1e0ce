def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
g = accumulator()
print(next(g))
print(g.send(10), g.send(5), g.send(-3))
try:
    g.send(None)
except StopIteration:
    print('stopped')
def echo():
    received = []
    while len(received) < 3:
        v = yield len(received)
        received.append(v)
    return received
e = echo()
next(e)
e.send('a')
e.send('b')
try:
    e.send('c')
except StopIteration as s:
    print('returned', s.value)
g2 = accumulator()
try:
    g2.send(5)
except TypeError:
    print('TypeError: send non-None to fresh generator')
