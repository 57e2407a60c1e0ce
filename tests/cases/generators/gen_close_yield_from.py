# close() of a delegating generator closes the sub-generator first
def inner(name):
    try:
        yield name + "1"
        yield name + "2"
    finally:
        print("inner finally", name)


def middle():
    try:
        yield from inner("a")
    finally:
        print("middle finally")


def outer():
    try:
        yield from middle()
    except GeneratorExit:
        print("outer got GeneratorExit")
        raise
    finally:
        print("outer finally")


g = outer()
print(next(g))
print(g.close())
print("closed")
try:
    next(g)
except StopIteration:
    print("exhausted after close")

# throw(GeneratorExit) also closes the sub-generator, then goes on outside
g = outer()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit came out")
