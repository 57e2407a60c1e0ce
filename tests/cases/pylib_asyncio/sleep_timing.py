# sleep really waits (measured with time.time, loosely)
import asyncio
import time


async def main():
    t0 = time.time()
    await asyncio.sleep(0.1)
    dt = time.time() - t0
    print(dt >= 0.09, dt < 2)
    t0 = time.time()
    await asyncio.gather(asyncio.sleep(0.1), asyncio.sleep(0.1), asyncio.sleep(0.1))
    dt = time.time() - t0
    print('concurrent', dt >= 0.09, dt < 2)


asyncio.run(main())
