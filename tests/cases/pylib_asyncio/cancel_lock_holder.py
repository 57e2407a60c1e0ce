# cancelling the task holding a Lock (released in async with) lets the
# next waiter in; cancelling a waiting task leaves the lock alone
import asyncio


async def holder(lock, name):
    async with lock:
        print(name, 'has the lock')
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print(name, 'cancelled while holding')
            raise
    print('not reached')


async def waiter(lock, name):
    async with lock:
        print(name, 'has the lock')
        await asyncio.sleep(0)
    print(name, 'released')


async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock, 'h'))
    w = asyncio.create_task(waiter(lock, 'w'))
    await asyncio.sleep(0.01)
    print('locked', lock.locked())
    h.cancel()
    try:
        await h
    except asyncio.CancelledError:
        print('h done')
    await w
    print('locked', lock.locked())


asyncio.run(main())
