def g():
    yield from [1, 2]
    yield from (3, 4)
    yield from range(5, 7)
    yield from "ab"
    yield from {"k": 1}
    r = yield from iter([])
    yield r


print(list(g()))


class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration("counter done")
        self.i += 1
        return self.i


def h():
    r = yield from Counter(3)
    yield ("returned", r)


print(list(h()))


# throw into a plain iterator without throw(): raised at the yield from
def k():
    try:
        yield from iter([1, 2, 3])
    except KeyError:
        yield "caught in k"


it = k()
print(next(it))
print(it.throw(KeyError))
# send a value to a list iterator: it has no send()
it = k()
next(it)
try:
    it.send(5)
except AttributeError:
    print("AttributeError for send")
