# create_task needs a coroutine; current_task outside of a task
import asyncio


async def main():
    try:
        asyncio.create_task(42)
    except TypeError:
        print('TypeError for an int')
    return 'ok'


print(asyncio.run(main()))
try:
    asyncio.current_task()
except RuntimeError:
    print('RuntimeError: no running loop')
