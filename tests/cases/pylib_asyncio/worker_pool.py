# a small worker pool: tasks pull jobs from a shared list, guarded by a
# Lock, and signal completion with an Event
import asyncio


async def worker(name, jobs, lock, results, done):
    while True:
        async with lock:
            if not jobs:
                break
            job = jobs.pop(0)
        await asyncio.sleep(0)
        results.append((job, name, job * job))
        if len(results) == 10:
            done.set()


async def main():
    jobs = list(range(10))
    lock = asyncio.Lock()
    done = asyncio.Event()
    results = []
    ws = [asyncio.create_task(worker('w%d' % i, jobs, lock, results, done)) for i in range(3)]
    await done.wait()
    print(sorted(r[2] for r in results))
    print(sorted(set(r[1] for r in results)))
    await asyncio.gather(*ws)
    print('workers finished', all(w.done() for w in ws))


asyncio.run(main())
