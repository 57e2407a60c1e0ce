# how many scheduler rounds each kind of wake-up takes, seen by a task
# that logs every round (sleep(0) round-robin), as in CPython's loop
import asyncio

log = []


async def ticker(n):
    for i in range(n):
        log.append(i)
        await asyncio.sleep(0)


async def quick(v):
    log.append('quick')
    return v


async def fail():
    log.append('fail')
    raise ValueError


async def main():
    tk = asyncio.create_task(ticker(40))
    await asyncio.sleep(0)

    log.append('await task')
    r = await asyncio.create_task(quick(1))
    log.append(('got', r))

    log.append('gather')
    r = await asyncio.gather(quick(2), quick(3))
    log.append(('gathered', r))

    log.append('gather fail')
    try:
        await asyncio.gather(quick(4), fail())
    except ValueError:
        log.append('gather failed')

    log.append('wait_for')
    r = await asyncio.wait_for(quick(5), 1)
    log.append(('wait_for', r))

    ev = asyncio.Event()

    async def ev_waiter():
        await ev.wait()
        log.append('event woke')

    w = asyncio.create_task(ev_waiter())
    await asyncio.sleep(0)
    log.append('set')
    ev.set()
    await w
    log.append('waiter awaited')

    lock = asyncio.Lock()
    await lock.acquire()

    async def locker():
        async with lock:
            log.append('locker in')

    lt = asyncio.create_task(locker())
    await asyncio.sleep(0)
    log.append('release')
    lock.release()
    await lt
    log.append('locker awaited')

    async def victim():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            log.append('victim cancelled')
            raise

    v = asyncio.create_task(victim())
    await asyncio.sleep(0)
    log.append('cancel')
    v.cancel()
    try:
        await v
    except asyncio.CancelledError:
        log.append('victim awaited')

    await tk
    print(log)


asyncio.run(main())
