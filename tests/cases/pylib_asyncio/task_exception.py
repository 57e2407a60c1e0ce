# an exception in a task reaches whoever awaits it
import asyncio


async def bad(kind):
    await asyncio.sleep(0)
    if kind == 1:
        raise ValueError('bad value')
    if kind == 2:
        return {}['missing']
    return 1 // 0


async def main():
    for kind in (1, 2, 3):
        t = asyncio.create_task(bad(kind))
        try:
            await t
        except Exception as e:
            print(kind, type(e).__name__, t.done())
    # awaiting again raises again
    try:
        await t
    except ZeroDivisionError:
        print('again ZeroDivisionError')
    # a coroutine awaited directly
    try:
        await bad(1)
    except ValueError as e:
        print('direct', e)


asyncio.run(main())
