# Lock waiters get the lock in FIFO order, also when a waiter is cancelled
import asyncio


async def user(lock, name, hold):
    print(name, 'wants')
    await lock.acquire()
    try:
        print(name, 'has')
        await asyncio.sleep(hold)
    finally:
        lock.release()
        print(name, 'released')


async def main():
    lock = asyncio.Lock()
    ts = [asyncio.create_task(user(lock, n, 0.02)) for n in 'abcd']
    await asyncio.sleep(0.01)
    ts[2].cancel()  # 'c' is waiting: it leaves the queue
    for t in ts:
        try:
            await t
        except asyncio.CancelledError:
            print('cancelled waiter')
    print(lock.locked())


asyncio.run(main())
