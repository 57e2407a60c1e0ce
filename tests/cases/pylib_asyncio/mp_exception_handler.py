# MicroPython's exception handler API; the default handler writes to stderr
import asyncio

log = []


def handler(loop, context):
    log.append((context['message'], type(context['exception']).__name__,
                isinstance(context['future'], asyncio.Task)))


async def bad(exc):
    await asyncio.sleep_ms(0)
    raise exc


async def main():
    loop = asyncio.get_event_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    asyncio.create_task(bad(KeyError(2)))
    t = asyncio.create_task(bad(IndexError(3)))
    await asyncio.sleep_ms(10)
    # a task that was cancelled is not reported
    c = asyncio.create_task(bad(OSError(4)))
    c.cancel()
    await asyncio.sleep_ms(10)
    print(log)
    # the handler can also be called directly
    loop.call_exception_handler({'message': 'direct', 'exception': TypeError(), 'future': t})
    print(log[-1])
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())


asyncio.run(main())
