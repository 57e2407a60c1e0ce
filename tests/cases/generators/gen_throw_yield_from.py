# throw() is delegated through `yield from` to the innermost generator
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", e)
        yield 99
    finally:
        print("inner finally")


def outer():
    r = yield from inner()
    print("r", r)
    yield "after"


g = outer()
print(next(g))
print(g.throw(ValueError("x")))
g.close()
print("closed")

g = outer()
print(next(g))
print(g.throw(ValueError("y")))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("done")
