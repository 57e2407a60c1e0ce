class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return False


def g():
    with CM("outer"):
        with CM("inner"):
            yield 1
            yield 2
    yield 3


it = g()
print(next(it))
it.close()
print("---")
it = g()
print(next(it))
try:
    it.throw(ValueError)
except ValueError:
    print("ValueError passed through both managers")
print("---")
print(list(g()))
