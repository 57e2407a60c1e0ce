# a few hundred tasks, round-robin with sleep(0)
import asyncio

log = []


async def worker(i):
    for step in range(3):
        log.append((step, i))
        await asyncio.sleep(0)
    return i * i


async def main():
    ts = [asyncio.create_task(worker(i)) for i in range(200)]
    total = 0
    for t in ts:
        total += await t
    print(total)
    print(log[:3], log[199:202], log[-1])
    print(log == sorted(log))


asyncio.run(main())
