# a long chain of yield from: send, throw and close reach the bottom
def bottom():
    total = 0
    try:
        while True:
            try:
                x = yield total
            except ValueError as e:
                print("bottom caught", e)
                x = 1000
            if x is None:
                return total
            total += x
    finally:
        print("bottom finally")


def link(n):
    if n == 0:
        r = yield from bottom()
    else:
        r = yield from link(n - 1)
    return r + 1


g = link(50)
print(next(g))
print(g.send(5))
print(g.throw(ValueError("deep")))
print(g.send(1))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

g = link(30)
next(g)
g.send(3)
g.close()
print("closed")
