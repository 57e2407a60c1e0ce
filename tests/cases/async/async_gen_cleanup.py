class Tick:
    def __await__(self):
        yield "tick"


async def resource():
    print("open")
    try:
        yield "r1"
        yield "r2"
    finally:
        await Tick()
        print("closed asynchronously")


async def stubborn():
    # yields once from its finally (ignoring aclose), then finishes
    try:
        yield 1
    finally:
        yield 2


async def main():
    g = resource()
    async for r in g:
        print("use", r)
        break
    await g.aclose()
    g = resource()
    await g.__anext__()
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("nothing after aclose")
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await g.__anext__()
    except GeneratorExit:
        print("the pending GeneratorExit comes out of the finally")
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("stubborn finished")


c = main()
n = 0
try:
    while True:
        c.send(None)
        n += 1
except StopIteration:
    print("ticks", n)
