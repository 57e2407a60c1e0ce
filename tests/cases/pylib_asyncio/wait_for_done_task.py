# wait_for on tasks that are already done, and with timeout 0
import asyncio


async def value(v):
    return v


async def main():
    t = asyncio.create_task(value(1))
    await asyncio.sleep(0)
    print(t.done(), await asyncio.wait_for(t, 0.01))
    print(await asyncio.wait_for(t, 0))
    try:
        await asyncio.wait_for(value(2), 0)
    except asyncio.TimeoutError:
        print('timeout 0 on a fresh coroutine')
    try:
        await asyncio.wait_for(value(3), -1)
    except asyncio.TimeoutError:
        print('negative timeout too')


asyncio.run(main())
