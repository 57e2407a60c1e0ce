# set_exception_handler: unretrieved task exceptions go to the handler
import asyncio

seen = []


def handler(loop, context):
    seen.append(type(context['exception']).__name__)


async def bad():
    await asyncio.sleep(0)
    raise ValueError('nobody awaits me')


async def main():
    loop = asyncio.get_event_loop()
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    asyncio.create_task(bad())
    await asyncio.sleep(0.02)
    print('main done')


asyncio.run(main())
