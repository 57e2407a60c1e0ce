# cancel(): CancelledError at the task's await point
import asyncio


async def forever(name):
    n = 0
    try:
        while True:
            await asyncio.sleep(0.01)
            n += 1
    except asyncio.CancelledError:
        print(name, 'got CancelledError', n > 0)
        raise


async def main():
    t = asyncio.create_task(forever('t'))
    await asyncio.sleep(0.05)
    print('cancel ->', t.cancel())
    print('done right after cancel?', t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print('await raised', type(e).__name__)
    print('done', t.done(), 'cancel again ->', t.cancel())


asyncio.run(main())
