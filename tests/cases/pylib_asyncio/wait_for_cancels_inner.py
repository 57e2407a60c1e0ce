# on timeout wait_for cancels the awaitable: CancelledError is thrown
# into it at its await point, and it can clean up
import asyncio


async def inner():
    print('inner start')
    try:
        await asyncio.sleep(1)
        print('not reached')
    except asyncio.CancelledError:
        print('inner cancelled')
        raise
    finally:
        print('inner finally')


async def main():
    try:
        await asyncio.wait_for(inner(), 0.03)
    except asyncio.TimeoutError:
        print('main timeout')
    t = asyncio.create_task(inner())
    try:
        await asyncio.wait_for(t, 0.03)
    except asyncio.TimeoutError:
        print('main timeout 2', t.done())


asyncio.run(main())
