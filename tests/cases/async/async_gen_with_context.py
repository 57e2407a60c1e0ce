class Tick:
    def __await__(self):
        yield


class Conn:
    def __init__(self, rows):
        self.rows = rows

    async def __aenter__(self):
        await Tick()
        print("connected")
        return self

    async def __aexit__(self, *exc):
        await Tick()
        print("disconnected")

    def __aiter__(self):
        return self.fetch()

    async def fetch(self):
        for r in self.rows:
            await Tick()
            yield r


async def query(rows):
    async with Conn(rows) as c:
        async for r in c:
            if r < 0:
                break
            yield r * 10


async def main():
    print([r async for r in query([1, 2, 3])])
    out = []
    async for r in query([4, -1, 5]):
        out.append(r)
    print(out)


c = main()
ticks = 0
try:
    while True:
        c.send(None)
        ticks += 1
except StopIteration:
    print("ticks", ticks)
