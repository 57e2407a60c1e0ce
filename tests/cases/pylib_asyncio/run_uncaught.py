# uncaught exception from asyncio.run: exit status 1 and the exception type
import asyncio


async def inner():
    await asyncio.sleep(0.01)
    raise RuntimeError('from inner')


async def main():
    print('start')
    await asyncio.create_task(inner())
    print('not reached')


asyncio.run(main())
