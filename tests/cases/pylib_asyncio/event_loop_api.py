# get_event_loop / run_until_complete / create_task on the loop
import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    print('job', name)
    return name.upper()


async def main(loop):
    t = loop.create_task(job('b', 0.02))
    print(await job('a', 0))
    print(await t)
    return 'main done'


loop = asyncio.new_event_loop()
print(loop.run_until_complete(main(loop)))
t = loop.create_task(job('c', 0.01))
print(loop.run_until_complete(t))
print(t.done())
loop.close()
