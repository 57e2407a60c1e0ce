# cancelling a task by throwing an exception into it, as event loops do
class Cancelled(BaseException):
    pass


class Future:
    def __await__(self):
        yield self
        return "result"


class Guard:
    async def __aenter__(self):
        print("guard on")

    async def __aexit__(self, typ, val, tb):
        print("guard off", typ.__name__ if typ else None)


async def task():
    async with Guard():
        try:
            r = await Future()
            print("got", r)
        except Cancelled:
            print("cleaning up after cancel")
            raise
    print("not reached")


t = task()
req = t.send(None)
print(type(req).__name__)
try:
    t.throw(Cancelled)
except Cancelled:
    print("task cancelled")


async def resilient():
    for attempt in range(3):
        try:
            return await Future()
        except Cancelled:
            print("attempt", attempt, "cancelled")
    return "gave up"


t = resilient()
t.send(None)
t.throw(Cancelled)
t.throw(Cancelled())
try:
    t.throw(Cancelled)
except StopIteration as e:
    print(e.value)
