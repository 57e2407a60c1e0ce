# a tiny event loop: tasks yield "sleep" requests through an awaitable
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        yield self


async def worker(name, n, delay):
    total = 0
    for i in range(n):
        print("tick", name, i)
        await Sleep(delay)
        total += i
    return name + ":" + str(total)


def run(coros):
    now = 0
    ready = [(0, i, c) for i, c in enumerate(coros)]
    results = {}
    while ready:
        ready.sort(key=lambda t: (t[0], t[1]))
        when, i, c = ready.pop(0)
        now = max(now, when)
        try:
            req = c.send(None)
        except StopIteration as e:
            results[i] = e.value
            print("finished", i, "at", now)
            continue
        ready.append((now + req.ticks, i, c))
    return [results[i] for i in sorted(results)]


print(run([worker("a", 3, 2), worker("b", 2, 3), worker("c", 4, 1)]))
