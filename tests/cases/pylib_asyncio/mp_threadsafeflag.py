# MicroPython-only: ThreadSafeFlag (set from another task here)
import asyncio


async def waiter(flag, log):
    for i in range(3):
        await flag.wait()
        log.append('woke %d' % i)


async def main():
    flag = asyncio.ThreadSafeFlag()
    log = []
    t = asyncio.create_task(waiter(flag, log))
    for i in range(3):
        await asyncio.sleep_ms(10)
        log.append('set %d' % i)
        flag.set()
    await t
    print(log)
    # set before wait: wait returns at once and clears the flag
    flag.set()
    await flag.wait()
    print('returned at once')
    try:
        await asyncio.wait_for_ms(flag.wait(), 20)
    except asyncio.TimeoutError:
        print('flag was cleared by wait')
    flag.set()
    flag.clear()
    try:
        await asyncio.wait_for_ms(flag.wait(), 20)
    except asyncio.TimeoutError:
        print('clear() works')


asyncio.run(main())
