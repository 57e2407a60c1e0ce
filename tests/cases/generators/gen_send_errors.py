def echo():
    while True:
        x = yield
        print("got", x)


g = echo()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
print(g.send(None))
g.send(2)
g.send("three")
next(g)


def fin():
    x = yield 1
    print("x", x)


g = fin()
print(next(g))
try:
    g.send(5)
except StopIteration as e:
    print("stop", e.value)
# sending into an exhausted generator
try:
    g.send(6)
except StopIteration:
    print("stop again")
try:
    g.send(None)
except StopIteration:
    print("and again")
