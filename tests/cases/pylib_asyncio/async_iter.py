# async for over an async iterator and an async generator that sleep
import asyncio


class Ticker:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.i += 1
        return self.i


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0.001)
        yield i * 10


async def main():
    async for x in Ticker(3):
        print('tick', x)
    async for y in agen(3):
        print('gen', y)
    print([v async for v in agen(4)])


asyncio.run(main())
