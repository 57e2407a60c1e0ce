def worker(items):
    for it in items:
        if it is None:
            raise ValueError("None item")
        yield it * 2


def pipeline(items):
    try:
        yield from worker(items)
    except ValueError as e:
        print("pipeline caught", e)
        yield -1
    yield "tail"


print(list(pipeline([1, 2, None, 4])))
print(list(pipeline([1, 2])))

it = worker([1, None])
print(next(it))
try:
    next(it)
except ValueError as e:
    print("caller caught", e)
print(list(it))


def reraiser():
    try:
        yield 1
    except OSError as e:
        raise IndexError("converted") from e


it = reraiser()
next(it)
try:
    it.throw(OSError("orig"))
except IndexError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
