def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def agen():
    try:
        x = yield 1
        print("agen got", x)
        try:
            yield 2
        except ValueError as e:
            print("agen caught", e)
            yield "after ValueError"
        yield 3
    finally:
        print("agen finally")


async def main():
    g = agen()
    print(await g.__anext__())
    print(await g.asend("sent"))
    print(await g.athrow(ValueError("v")))
    print(await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    g = agen()
    print(await g.__anext__())
    print(await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed generator is exhausted")
    g = agen()
    await g.__anext__()
    try:
        await g.athrow(LookupError("unhandled"))
    except LookupError as e:
        print("LookupError came out", e)
    return "ok"


print(run(main()))
