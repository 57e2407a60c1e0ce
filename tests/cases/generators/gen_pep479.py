# StopIteration raised inside a generator becomes RuntimeError (PEP 479)
def g1():
    yield 1
    raise StopIteration("inner")


it = g1()
print(next(it))
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
    print(type(e.__cause__).__name__)


def g2():
    it = iter([])
    yield next(it)


try:
    list(g2())
except RuntimeError as e:
    print("RuntimeError from next() inside generator:", e)


# a StopIteration caught inside the generator is fine
def g3():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught"


print(list(g3()))

# thrown in StopIteration also becomes RuntimeError
def g4():
    yield 1
    yield 2


it = g4()
next(it)
try:
    it.throw(StopIteration)
except RuntimeError as e:
    print("thrown:", e)

# return inside try/finally is not affected
def g5():
    try:
        yield 1
        return "r"
    finally:
        print("finally")


print(list(g5()))
