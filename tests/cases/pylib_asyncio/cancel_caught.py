# a task can catch CancelledError and go on (and return a value)
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('caught cancel, cleaning up')
        await asyncio.sleep(0.01)
        print('cleanup done')
    return 'survived'


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    t.cancel()
    print(await t)


asyncio.run(main())
