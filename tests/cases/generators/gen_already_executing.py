def selfish():
    yield next(me)


me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


def sender():
    x = yield 1
    try:
        other.send(x)
    except ValueError as e:
        print("inner ValueError:", e)
    yield 2


other = sender()
print(next(other))
print(other.send("v"))


def closer():
    try:
        g.close()
    except ValueError as e:
        print("close while running:", e)
    yield 3


g = closer()
print(next(g))


def thrower():
    try:
        g2.throw(KeyError)
    except ValueError as e:
        print("throw while running:", e)
    yield 4


g2 = thrower()
print(next(g2))
