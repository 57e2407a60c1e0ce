# an exception leaving the main coroutine comes out of asyncio.run
import asyncio


async def main(n):
    await asyncio.sleep(0)
    if n:
        raise KeyError(n)
    return 'fine'


print(asyncio.run(main(0)))
try:
    asyncio.run(main(5))
except KeyError as e:
    print('KeyError', e)
print(asyncio.run(main(0)))
