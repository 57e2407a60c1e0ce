# async with Lock releases the lock when the body raises
import asyncio


async def main():
    lock = asyncio.Lock()
    try:
        async with lock:
            print('locked', lock.locked())
            raise ValueError('inside')
    except ValueError as e:
        print('caught', e, 'locked', lock.locked())
    async with lock:
        print('again', lock.locked())
    print(lock.locked())


asyncio.run(main())
