# a chain of tasks awaiting each other: cancelling the outermost reaches
# the innermost, and each level sees CancelledError on the way out
import asyncio


async def level(n):
    try:
        if n == 0:
            await asyncio.sleep(1)
        else:
            await asyncio.create_task(level(n - 1))
    except asyncio.CancelledError:
        print('level', n, 'cancelled')
        raise
    finally:
        print('level', n, 'finally')


async def main():
    t = asyncio.create_task(level(3))
    await asyncio.sleep(0.02)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('all cancelled')


asyncio.run(main())
