# asyncio.run returns the coroutine's value; plain awaits of coroutines
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    print('x', x, 'y', y)
    return [x, y]


print(asyncio.run(main()))
print(asyncio.run(add(5, 6)))
