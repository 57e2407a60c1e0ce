def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


async def wrong_protocol():
    try:
        async with SyncOnly():
            print("not reached")
    except (TypeError, AttributeError):
        print("sync context manager rejected")


class ExitRaises:
    async def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        raise RuntimeError("exit failed")


async def exit_raises():
    try:
        async with ExitRaises():
            raise KeyError("body")
    except RuntimeError as e:
        print("RuntimeError", e, type(e.__context__).__name__)


class NotAwaitableEnter:
    def __aenter__(self):
        return 5

    async def __aexit__(self, *a):
        pass


async def bad_enter():
    try:
        async with NotAwaitableEnter():
            pass
    except TypeError:
        print("TypeError: __aenter__ result not awaitable")


run(wrong_protocol())
run(exit_raises())
run(bad_enter())
