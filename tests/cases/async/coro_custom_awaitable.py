class Future:
    def __init__(self):
        self.done = False
        self.result = None

    def set(self, v):
        self.done = True
        self.result = v

    def __await__(self):
        if not self.done:
            yield self
        return self.result


class IterAwaitable:
    """__await__ returns an iterator object that is not a generator."""

    def __await__(self):
        return Steps(3)


class Steps:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise StopIteration("steps done")
        return ("step", self.i)


async def main(fut):
    v = await fut
    print("future gave", v)
    w = await IterAwaitable()
    print("iter awaitable gave", w)
    done = Future()
    done.set("ready")
    print("no suspension:", await done)
    return "main done"


def drive(coro):
    pending = []
    while True:
        try:
            req = coro.send(None)
        except StopIteration as e:
            return e.value
        print("loop got", req if isinstance(req, tuple) else type(req).__name__)
        if isinstance(req, Future):
            req.set(42)


print(drive(main(Future())))
