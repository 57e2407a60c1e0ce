# Lock: acquire/release/locked and mutual exclusion with async with
import asyncio


async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    print(await lock.acquire())
    print(lock.locked())
    lock.release()
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError:
        print('RuntimeError on release of unlocked lock')

    shared = []

    async def worker(name):
        async with lock:
            shared.append(name + '+')
            await asyncio.sleep(0.01)
            shared.append(name + '-')

    await asyncio.gather(worker('a'), worker('b'), worker('c'))
    print(shared)
    print(lock.locked())


asyncio.run(main())
