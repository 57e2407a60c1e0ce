# tasks created with create_task start in creation order, after the
# creator yields; sleep(0) round-robins them
import asyncio


async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    print(name, 'end')


async def main():
    print('main start')
    a = asyncio.create_task(worker('a', 3))
    b = asyncio.create_task(worker('b', 2))
    c = asyncio.create_task(worker('c', 1))
    print('created')
    await asyncio.sleep(0)
    print('main after first yield')
    await a
    await b
    await c
    print('main end')


asyncio.run(main())
