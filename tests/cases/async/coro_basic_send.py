async def add(a, b):
    return a + b


async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y


c = compute()
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)

# a coroutine that returns nothing
async def nothing():
    pass


try:
    nothing().send(None)
except StopIteration as e:
    print("value", e.value)


# reusing a finished coroutine is an error
c = add(2, 3)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
