def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Failing:
    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.n += 1
        if self.n == 3:
            raise OSError("in anext")
        return self.n


async def body_error():
    try:
        async for x in Failing():
            print("x", x)
            if x == 2:
                raise ValueError("in body")
    except ValueError as e:
        print("caught body error", e)


async def anext_error():
    try:
        async for x in Failing():
            print("x", x)
    except OSError as e:
        print("caught anext error", e)


async def not_async_iterable():
    try:
        async for x in [1, 2]:
            pass
    except TypeError:
        print("TypeError: list is not async iterable")


class NoAnext:
    def __aiter__(self):
        return self


async def bad_aiter():
    try:
        async for x in NoAnext():
            pass
    except TypeError:
        print("TypeError: no __anext__")


run(body_error())
run(anext_error())
run(not_async_iterable())
run(bad_aiter())
