# a waiter woken by release() but cancelled before it runs passes the
# lock on to the next waiter; a cancelled Event waiter just leaves
import asyncio


async def taker(lock, name):
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        print(name, 'cancelled while acquiring')
        raise
    print(name, 'acquired')
    lock.release()


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(taker(lock, 'a'))
    b = asyncio.create_task(taker(lock, 'b'))
    await asyncio.sleep(0)
    lock.release()   # wakes a ...
    a.cancel()       # ... which is cancelled before it runs
    await asyncio.gather(a, b, return_exceptions=True)
    print('locked', lock.locked())

    ev = asyncio.Event()

    async def ev_waiter(name):
        try:
            await ev.wait()
            print(name, 'woke')
        except asyncio.CancelledError:
            print(name, 'cancelled')

    ws = [asyncio.create_task(ev_waiter(n)) for n in 'xyz']
    await asyncio.sleep(0)
    ws[1].cancel()
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*ws)


asyncio.run(main())
