# current_task() is the running task
import asyncio


async def who(box):
    box.append(asyncio.current_task())
    await asyncio.sleep(0)


async def main():
    me = asyncio.current_task()
    box = []
    t = asyncio.create_task(who(box))
    await t
    print(box[0] is t, box[0] is me, me is asyncio.current_task())
    box = []
    await who(box)
    print(box[0] is me)


asyncio.run(main())
