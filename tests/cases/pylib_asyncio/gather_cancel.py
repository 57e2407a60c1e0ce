# cancelling a task blocked in gather cancels the gathered children
import asyncio


async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise


async def parent():
    try:
        await asyncio.gather(child('a'), child('b'))
    except asyncio.CancelledError:
        print('parent cancelled')
        raise


async def main():
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.02)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('main: parent is cancelled', t.done())


asyncio.run(main())
