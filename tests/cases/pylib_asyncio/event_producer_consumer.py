# two tasks hand over items with two Events
import asyncio

items = []


async def producer(ready, taken):
    for i in range(4):
        items.append(i * 10)
        print('produced', i * 10)
        ready.set()
        await taken.wait()
        taken.clear()
    items.append(None)
    ready.set()


async def consumer(ready, taken):
    total = 0
    while True:
        await ready.wait()
        ready.clear()
        x = items.pop(0)
        if x is None:
            break
        print('consumed', x)
        total += x
        taken.set()
    return total


async def main():
    ready = asyncio.Event()
    taken = asyncio.Event()
    p = asyncio.create_task(producer(ready, taken))
    total = await consumer(ready, taken)
    await p
    print('total', total)


asyncio.run(main())
