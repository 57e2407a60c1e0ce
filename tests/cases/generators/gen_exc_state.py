# a generator suspended inside an except block does not leak its exception
# into the caller, and gets it back when resumed
def g():
    try:
        raise OSError("in gen")
    except OSError:
        yield 1
        try:
            raise
        except OSError as e:
            print("re-raised in gen:", e)
        yield 2


it = g()
next(it)
try:
    raise
except RuntimeError:
    print("caller has no active exception")
try:
    raise ValueError("caller")
except ValueError:
    next(it)
    try:
        raise
    except ValueError as e:
        print("caller still handles:", e)


def h():
    try:
        yield
    except TypeError as e:
        print("context:", type(e.__context__).__name__)
        yield


it = h()
next(it)
try:
    raise IndexError
except IndexError:
    it.throw(TypeError)
