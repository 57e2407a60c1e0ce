def g():
    yield 1
    yield 2


it = g()
print(it.close())
it = g()
next(it)
print(it.close())


def h():
    try:
        yield
    except GeneratorExit:
        print("exit seen")


it = h()
next(it)
print(it.close())
print(list(it))
