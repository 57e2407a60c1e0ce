# wait_for: result in time, TimeoutError (asyncio.TimeoutError) when late
import asyncio


async def slow(d, v):
    await asyncio.sleep(d)
    return v


async def main():
    print(await asyncio.wait_for(slow(0.01, 'quick'), 1))
    try:
        await asyncio.wait_for(slow(1, 'late'), 0.05)
    except asyncio.TimeoutError as e:
        print('timeout', type(e).__name__)
    try:
        await asyncio.wait_for(slow(1, 'late'), 0.02)
    except TimeoutError:
        print('builtin TimeoutError caught too')
    print(await asyncio.wait_for(slow(0, 'none'), None))
    # exceptions from the awaitable pass through
    async def boom():
        await asyncio.sleep(0)
        raise OSError('io')
    try:
        await asyncio.wait_for(boom(), 1)
    except OSError as e:
        print('OSError', e)


asyncio.run(main())
