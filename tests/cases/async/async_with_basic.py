def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress


async def main():
    async with Resource("a") as r:
        print("using", r)
    async with Resource("b", suppress=True):
        raise OSError("suppressed")
    print("after suppression")
    try:
        async with Resource("c"):
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e)
    async with Resource("d") as d, Resource("e") as e:
        print("both", d, e)
    for i in range(3):
        async with Resource("loop%d" % i):
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
    return await early()


async def early():
    async with Resource("ret"):
        return "returned from inside"


print(run(main()))
