# throw() makes the generator return: StopIteration carries the value
def g():
    try:
        yield 1
    except ValueError:
        return "returned after throw"


it = g()
next(it)
try:
    it.throw(ValueError)
except StopIteration as e:
    print("StopIteration", e.value)


# through yield from: inner returns in response to throw, outer goes on
def outer():
    r = yield from g()
    print("outer got", r)
    yield "outer continues"
    return "outer done"


it = outer()
print(next(it))
print(it.throw(ValueError))
try:
    next(it)
except StopIteration as e:
    print(e.value)
