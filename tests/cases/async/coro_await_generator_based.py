# awaiting coroutines from coroutines, with values sent in by the loop
class Recv:
    def __await__(self):
        v = yield "need value"
        return v


async def reader(n):
    got = []
    for _ in range(n):
        got.append(await Recv())
    return got


async def summer():
    a = await reader(2)
    b = await reader(3)
    return sum(a) + sum(b), a, b


c = summer()
req = c.send(None)
i = 1
while True:
    print(req, i)
    try:
        req = c.send(i)
    except StopIteration as e:
        print(e.value)
        break
    i += 1
