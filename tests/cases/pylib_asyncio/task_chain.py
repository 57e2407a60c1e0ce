# tasks creating tasks, results passed up a chain
import asyncio


async def level(n):
    if n == 0:
        await asyncio.sleep(0)
        return 1
    t1 = asyncio.create_task(level(n - 1))
    t2 = asyncio.create_task(level(n - 1))
    return await t1 + await t2


async def main():
    for n in range(6):
        print(n, await level(n))


asyncio.run(main())
