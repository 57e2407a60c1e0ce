# cancelling a task that awaits another task cancels the awaited task;
# the CancelledError comes back through the await
import asyncio


async def inner(swallow):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('inner cancelled')
        if not swallow:
            raise
    return 'inner value'


async def outer(swallow):
    t = asyncio.create_task(inner(swallow))
    try:
        r = await t
        print('outer got', r)
    except asyncio.CancelledError:
        print('outer cancelled, inner done:', t.done())
        raise
    return 'outer value'


async def main():
    for swallow in (False, True):
        o = asyncio.create_task(outer(swallow))
        await asyncio.sleep(0.01)
        print('cancel ->', o.cancel())
        try:
            print(await o)
        except asyncio.CancelledError:
            print('main saw CancelledError')


asyncio.run(main())
