# MicroPython-only: ThreadSafeFlag set from a real thread and from a
# micropython.schedule callback wakes the waiting task, even when nothing
# else is left for the loop to do
import asyncio
import _thread
import time
import micropython

flag = asyncio.ThreadSafeFlag()
results = []


def worker(n):
    for i in range(n):
        time.sleep_ms(20)
        results.append(i)
        flag.set()


async def consume(n):
    seen = 0
    while seen < n:
        await flag.wait()
        seen = len(results)
    return seen


_thread.start_new_thread(worker, (3,))
print(asyncio.run(consume(3)), results)


def from_callback(arg):
    results.append(arg)
    flag.set()


async def main():
    results.clear()
    micropython.schedule(from_callback, 'scheduled')
    await flag.wait()
    print('woken by', results)
    # cancelling a task that waits on the flag
    t = asyncio.create_task(flag.wait())
    await asyncio.sleep_ms(5)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled')
    flag.set()
    await flag.wait()
    print('flag still usable')


asyncio.run(main())
