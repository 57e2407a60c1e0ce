# a polling loop with wait_for on a task that finishes eventually
import asyncio


async def compute():
    await asyncio.sleep(0.3)
    return 99


async def main():
    t = asyncio.create_task(compute())
    polls = 0
    while True:
        try:
            r = await asyncio.wait_for(asyncio.sleep(0.01), 0.5)
            polls += 1
        except asyncio.TimeoutError:
            print('unexpected')
        if t.done():
            break
    print('result', await t, 'polled', polls > 1)


asyncio.run(main())
