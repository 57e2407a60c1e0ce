# gather returns results in argument order, whatever the finishing order
import asyncio


async def job(name, d, v):
    await asyncio.sleep(d)
    print('done', name)
    return v


async def main():
    r = await asyncio.gather(job('slow', 0.2, 1), job('fast', 0.0, 2), job('mid', 0.1, 3))
    print(r)
    print(await asyncio.gather())
    t = asyncio.create_task(job('task', 0.01, 'T'))
    r = await asyncio.gather(t, job('coro', 0, 'C'))
    print(r)
    # nested gathers
    r = await asyncio.gather(asyncio.gather(job('n1', 0, 1), job('n2', 0.01, 2)), job('n3', 0.2, 3))
    print(r)


asyncio.run(main())
