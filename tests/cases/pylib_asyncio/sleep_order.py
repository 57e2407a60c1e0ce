# tasks sleeping different times wake in time order
import asyncio


async def sleeper(name, d):
    await asyncio.sleep(d)
    print('woke', name)
    return name


async def main():
    ts = [asyncio.create_task(sleeper(n, d)) for n, d in
          (('c', 0.3), ('a', 0.1), ('d', 0.4), ('b', 0.2), ('z', 0))]
    for t in ts:
        await t
    print([t.done() for t in ts])


asyncio.run(main())
