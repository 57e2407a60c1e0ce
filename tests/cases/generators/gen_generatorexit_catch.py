def g():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit caught")
        raise
    finally:
        print("finally")


it = g()
next(it)
it.close()
print("---")


def g2():
    try:
        yield 1
        yield 2
    except GeneratorExit as e:
        print("type", type(e).__name__, isinstance(e, Exception), isinstance(e, BaseException))


it = g2()
next(it)
it.close()
print("---")


def g3():
    # GeneratorExit is not caught by `except Exception`
    try:
        yield 1
    except Exception:
        print("not reached")
    finally:
        print("g3 finally")


it = g3()
next(it)
it.close()
print("---")

# a generator catching GeneratorExit and yielding from a finally
def g4():
    try:
        yield 1
    finally:
        yield 2


it = g4()
next(it)
try:
    it.close()
except RuntimeError as e:
    print(e)
