# a task cancelling itself gets CancelledError at its next await
import asyncio


async def selfish():
    me = asyncio.current_task()
    me.cancel()
    print('still running after cancel()')
    try:
        await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        print('CancelledError at the await')
        raise


async def main():
    t = asyncio.create_task(selfish())
    try:
        await t
    except asyncio.CancelledError:
        print('task cancelled', t.done())


asyncio.run(main())


async def child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('child cancelled')
        raise


async def selfish_parent():
    c = asyncio.create_task(child())
    asyncio.current_task().cancel()
    try:
        await c  # the pending cancellation goes on to the awaited task
    except asyncio.CancelledError:
        print('parent cancelled, child done:', c.done())
        raise


async def main2():
    t = asyncio.create_task(selfish_parent())
    try:
        await t
    except asyncio.CancelledError:
        print('parent task cancelled')


asyncio.run(main2())
