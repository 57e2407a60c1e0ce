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


async def double(x):
    return x * 2


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def main():
    a = [x async for x in Ticker(5)]
    b = [x async for x in Ticker(6) if x % 2 == 0]
    c = [await double(x) for x in range(4)]
    d = {x: await double(x) async for x in Ticker(3)}
    e = {x % 3 async for x in Ticker(7)}
    f = [(x, y) async for x in Ticker(2) for y in "ab"]
    g = [[await double(y) for y in range(x)] for x in range(3)]
    return a, b, c, d, sorted(e), f, g


for item in run(main()):
    print(item)
