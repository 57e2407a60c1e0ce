class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def main():
    out = []
    async for x in Ticker(3):
        out.append(x)
    else:
        out.append("else")
    async for x in Ticker(10):
        if x == 2:
            continue
        if x == 5:
            break
        out.append(x)
    else:
        out.append("not reached")
    async for a in Ticker(2):
        async for b in Ticker(2):
            out.append((a, b))
    async for x in Ticker(0):
        out.append("never")
    else:
        out.append("empty else")
    return out


print(run(main()))


async def find(n):
    async for x in Ticker(10):
        if x == n:
            return "found %d" % x
    return "missing"


print(run(find(4)), run(find(40)))
