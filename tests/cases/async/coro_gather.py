# gather-like helper on a hand-written loop
class Yield:
    def __await__(self):
        yield


class Task:
    def __init__(self, coro):
        self.coro = coro
        self.done = False
        self.result = None
        self.error = None

    def step(self):
        try:
            self.coro.send(None)
        except StopIteration as e:
            self.done = True
            self.result = e.value
        except Exception as e:
            self.done = True
            self.error = e


def gather(*coros):
    tasks = [Task(c) for c in coros]
    rounds = 0
    while not all(t.done for t in tasks):
        rounds += 1
        for t in tasks:
            if not t.done:
                t.step()
    return rounds, [(t.result if t.error is None else type(t.error).__name__) for t in tasks]


async def fib(n):
    a, b = 0, 1
    for _ in range(n):
        await Yield()
        a, b = b, a + b
    return a


async def fails(after):
    for _ in range(after):
        await Yield()
    raise ValueError("task failed")


print(gather(fib(5), fib(10), fails(3), fib(1)))
