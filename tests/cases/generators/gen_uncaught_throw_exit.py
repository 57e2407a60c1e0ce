# a throw() nobody handles ends the program with that exception type
def inner():
    yield 1


def outer():
    yield from inner()


g = outer()
next(g)
print("throwing")
g.throw(LookupError("unhandled"))
