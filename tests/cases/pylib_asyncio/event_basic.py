# Event: wait() blocks until set(); set wakes every waiter in order
import asyncio


async def waiter(ev, name):
    print(name, 'waiting')
    r = await ev.wait()
    print(name, 'woke', r)


async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    ts = [asyncio.create_task(waiter(ev, n)) for n in 'abc']
    await asyncio.sleep(0.01)
    print('setting')
    ev.set()
    print(ev.is_set())
    for t in ts:
        await t
    # already set: wait returns at once
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())
    t = asyncio.create_task(waiter(ev, 'd'))
    await asyncio.sleep(0)
    print('d done?', t.done())
    ev.set()
    await t
    print('d done?', t.done())


asyncio.run(main())
