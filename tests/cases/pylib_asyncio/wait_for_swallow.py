# wait_for on an awaitable that ignores the cancellation: its value is
# returned (CPython 3.11's behaviour)
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('ignoring cancel')
    return 'kept going'


async def raiser():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise ValueError('replaced')


async def main():
    print(await asyncio.wait_for(stubborn(), 0.02))
    try:
        await asyncio.wait_for(raiser(), 0.02)
    except ValueError as e:
        print('ValueError', e)


asyncio.run(main())
