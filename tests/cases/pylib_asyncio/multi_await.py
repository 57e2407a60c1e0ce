# several tasks await the same task; all get its result (or exception)
import asyncio


async def slow(v):
    await asyncio.sleep(0.02)
    if v is None:
        raise ValueError('none')
    return v


async def watcher(name, t):
    try:
        print(name, 'got', await t)
    except ValueError as e:
        print(name, 'error', e)


async def main():
    t = asyncio.create_task(slow(5))
    await asyncio.gather(*[watcher(n, t) for n in 'abc'])
    t = asyncio.create_task(slow(None))
    await asyncio.gather(watcher('d', t), watcher('e', t))


asyncio.run(main())
