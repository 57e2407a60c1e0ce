# a sub-iterator that is not a generator but has send/throw/close
class Sub:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 5:
            raise StopIteration("next-done")
        return "next%d" % self.n

    def send(self, v):
        print("Sub.send", v)
        if v == "stop":
            raise StopIteration("send-done")
        return "sent:" + str(v)

    def throw(self, typ, val=None, tb=None):
        print("Sub.throw", typ.__name__)
        if typ is KeyError:
            return "absorbed"
        if typ is IndexError:
            raise StopIteration("throw-done")
        raise val if val is not None else typ()

    def close(self):
        print("Sub.close")


def deleg():
    r = yield from Sub()
    print("result", r)
    yield "end"


g = deleg()
print(next(g))
print(g.send(1))
print(g.throw(KeyError))
print(g.send("stop"))

g = deleg()
next(g)
print(g.throw(IndexError))

g = deleg()
next(g)
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("ValueError out:", e)

g = deleg()
next(g)
g.close()
print("closed")


class BadClose(Sub):
    def close(self):
        raise OSError("close failed")


def deleg2():
    try:
        yield from BadClose()
    except OSError as e:
        print("deleg2 sees", e)
        raise


g = deleg2()
next(g)
try:
    g.close()
except OSError as e:
    print("close raised", e)
