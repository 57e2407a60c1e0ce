# wait_for around Event.wait: timeout while unset, result once set
import asyncio


async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.02)
    except asyncio.TimeoutError:
        print('not set in time')

    async def setter():
        await asyncio.sleep(0.01)
        ev.set()

    t = asyncio.create_task(setter())
    print(await asyncio.wait_for(ev.wait(), 1))
    await t
    # many short timeouts in a row
    n = 0
    ev.clear()
    for i in range(5):
        try:
            await asyncio.wait_for(ev.wait(), 0.001)
        except asyncio.TimeoutError:
            n += 1
    print('timeouts', n)


asyncio.run(main())
