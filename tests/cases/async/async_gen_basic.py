class Tick:
    def __await__(self):
        yield "tick"


async def countdown(n):
    while n > 0:
        await Tick()
        yield n
        n -= 1


async def squares(agen):
    async for v in agen:
        yield v * v


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks


async def main():
    out = []
    async for v in countdown(3):
        out.append(v)
    async for v in squares(countdown(4)):
        out.append(v)
    out.append([v async for v in countdown(2)])
    gen = (v + 100 async for v in countdown(2))
    async for v in gen:
        out.append(v)
    return out


print(run(main()))
