# __anext__ that really suspends, and an iterator whose __anext__ is a plain
# method returning an awaitable
class Wait:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        return got


class Remote:
    def __init__(self, items):
        self.items = list(items)

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        item = self.items.pop(0)
        reply = await Wait("fetch " + str(item))
        return (item, reply)


class Plain:
    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return Wait("plain %d" % self.n)


async def main():
    async for item, reply in Remote("ab"):
        print("item", item, "reply", reply)
    async for r in Plain():
        print("plain reply", r)
    return "ok"


c = main()
n = 0
val = None
while True:
    try:
        req = c.send(val)
    except StopIteration as e:
        print(e.value)
        break
    n += 1
    print("loop:", req)
    val = n * 100
