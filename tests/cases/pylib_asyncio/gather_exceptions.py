# gather: the first exception propagates (others keep running);
# return_exceptions=True puts exceptions in the result list
import asyncio


async def ok(name, d):
    await asyncio.sleep(d)
    print('ok', name)
    return name


async def bad(d, exc):
    await asyncio.sleep(d)
    raise exc


async def main():
    try:
        await asyncio.gather(ok('a', 0.01), bad(0.03, ValueError('v')), ok('b', 0.5))
    except ValueError as e:
        print('caught', type(e).__name__, e)
    await asyncio.sleep(0.6)  # 'b' still finishes
    r = await asyncio.gather(ok('c', 0), bad(0.01, KeyError('k')), bad(0, IndexError('i')),
                             return_exceptions=True)
    print([type(x).__name__ for x in r])
    print(r[0], r[1].args, r[2].args)


asyncio.run(main())
