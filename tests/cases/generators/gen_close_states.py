def g():
    print("started")
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


# closing one that never started runs nothing
it = g()
it.close()
print(list(it))

# closing twice
it = g()
next(it)
it.close()
it.close()
print(list(it))

# closing a finished one
it = g()
print(list(it))
it.close()
print("ok")

# throw after close
it = g()
next(it)
it.close()
try:
    it.throw(IndexError("after"))
except IndexError as e:
    print("IndexError", e)

# next after an exception came out
def bad():
    yield 1
    1 / 0
    yield 2


it = bad()
next(it)
try:
    next(it)
except ZeroDivisionError:
    print("zde")
try:
    next(it)
except StopIteration:
    print("finished after error")
