# awaiting a task gives its result; awaiting it again gives it again
import asyncio


async def square(x):
    await asyncio.sleep(0.01)
    return x * x


async def main():
    t = asyncio.create_task(square(7))
    print(t.done())
    r = await t
    print(r, t.done())
    print(await t)
    ts = [asyncio.create_task(square(i)) for i in range(5)]
    out = []
    for t in ts:
        out.append(await t)
    print(out)
    # a task already finished before it is awaited
    t = asyncio.create_task(square(3))
    await asyncio.sleep(0.05)
    print(t.done(), await t)


asyncio.run(main())
