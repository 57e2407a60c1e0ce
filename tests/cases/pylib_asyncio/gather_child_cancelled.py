# a gathered child cancelled from outside: CancelledError from gather,
# or a CancelledError object in the results with return_exceptions
import asyncio


async def child(v, d):
    await asyncio.sleep(d)
    return v


async def main():
    t = asyncio.create_task(child('x', 1))
    u = asyncio.create_task(child('y', 0.01))
    asyncio.get_event_loop()

    async def killer():
        await asyncio.sleep(0.03)
        t.cancel()

    k = asyncio.create_task(killer())
    r = await asyncio.gather(t, u, return_exceptions=True)
    print(type(r[0]).__name__, r[1])
    await k
    t = asyncio.create_task(child('x', 1))
    k = asyncio.create_task(killer())
    try:
        await asyncio.gather(t, child('z', 0))
    except asyncio.CancelledError:
        print('gather raised CancelledError')
    await k


asyncio.run(main())
