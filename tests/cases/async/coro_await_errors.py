def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class BadAwait:
    def __await__(self):
        return 5


async def main():
    for obj in (5, "s", [1], None):
        try:
            await obj
        except TypeError:
            print("TypeError for", type(obj).__name__)
    try:
        await BadAwait()
    except TypeError:
        print("TypeError for __await__ returning int")
    return "ok"


print(run(main()))


async def raises_stop():
    raise StopIteration("inside coroutine")


try:
    run(raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e)
