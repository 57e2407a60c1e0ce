# finally blocks and async with run when a task is cancelled
import asyncio


class Res:
    async def __aenter__(self):
        print('enter')
        return self

    async def __aexit__(self, et, e, tb):
        print('exit', et.__name__ if et else None)
        return False


async def user():
    try:
        async with Res():
            print('inside')
            await asyncio.sleep(1)
    finally:
        print('finally')


async def main():
    t = asyncio.create_task(user())
    await asyncio.sleep(0.02)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('main saw CancelledError')


asyncio.run(main())
