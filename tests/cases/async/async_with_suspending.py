# __aenter__ and __aexit__ that suspend the coroutine
class Tick:
    def __await__(self):
        v = yield "tick"
        return v


class Lock:
    def __init__(self):
        self.held = False

    async def __aenter__(self):
        got = await Tick()
        print("acquired after", got)
        self.held = True
        return self

    async def __aexit__(self, *exc):
        got = await Tick()
        print("released after", got, "exc:", exc[0].__name__ if exc[0] else None)
        self.held = False


async def job(lock):
    async with lock:
        print("held", lock.held)
        await Tick()
    try:
        async with lock:
            raise OSError("inside")
    except OSError as e:
        print("OSError", e)
    print("held at end", lock.held)
    return "job done"


c = job(Lock())
n = 0
try:
    v = c.send(None)
    while True:
        n += 1
        print("loop", v, n)
        v = c.send(n)
except StopIteration as e:
    print(e.value)
