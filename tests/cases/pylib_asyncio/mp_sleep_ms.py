# MicroPython-only: sleep_ms and wait_for_ms (expected output in .exp)
import asyncio
import time


async def tick(name, ms, n):
    for i in range(n):
        await asyncio.sleep_ms(ms)
        print(name, i)
    return name


async def main():
    await asyncio.sleep_ms(1)  # (warm-up)
    t0 = time.ticks_ms()
    await asyncio.sleep_ms(50)
    print('slept enough', time.ticks_diff(time.ticks_ms(), t0) >= 45)
    print(await asyncio.gather(tick('a', 100, 2), tick('b', 150, 1)))
    try:
        await asyncio.wait_for_ms(tick('slow', 1000, 1), 20)
    except asyncio.TimeoutError:
        print('wait_for_ms timed out')
    print(await asyncio.wait_for_ms(tick('fast', 1, 1), 1000))
    await asyncio.sleep_ms(0)
    await asyncio.sleep_ms(-5)
    print('zero and negative sleeps return')


asyncio.run(main())
