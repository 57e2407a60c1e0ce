# the main task cancelled: asyncio.run raises CancelledError
import asyncio


async def main():
    asyncio.current_task().cancel()
    print('cancel requested')
    await asyncio.sleep(0)
    print('not reached')


try:
    asyncio.run(main())
except asyncio.CancelledError:
    print('CancelledError out of run')
