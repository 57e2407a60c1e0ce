def inner():
    try:
        yield 1
    except GeneratorExit:
        print("inner exits quietly")
        return "ignored value"


def outer():
    try:
        r = yield from inner()
        print("not reached", r)
    finally:
        print("outer finally")


g = outer()
next(g)
print(g.close())


# the inner generator already finished: close only affects the outer
def outer2():
    yield from iter([1])
    try:
        yield 2
    finally:
        print("outer2 finally")


g = outer2()
print(next(g), next(g))
g.close()
