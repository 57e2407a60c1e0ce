# an uncaught timeout: the program dies with TimeoutError
import asyncio


async def main():
    print('waiting')
    await asyncio.wait_for(asyncio.sleep(10), 0.02)
    print('not reached')


asyncio.run(main())
