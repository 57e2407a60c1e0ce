class Suspend:
    def __await__(self):
        yield "suspended"


async def innermost():
    try:
        await Suspend()
        print("not reached")
    except LookupError as e:
        print("innermost caught", e)
        await Suspend()
        return "innermost ret"
    finally:
        print("innermost finally")


async def middle():
    r = await innermost()
    print("middle got", r)
    return r + "!"


async def top():
    try:
        return await middle()
    except ValueError:
        print("top caught ValueError")
        return "top recovered"


c = top()
print(c.send(None))
print(c.throw(LookupError("k")))
try:
    c.send(None)
except StopIteration as e:
    print("done:", e.value)

c = top()
c.send(None)
try:
    c.throw(ValueError)
except StopIteration as e:
    print("done:", e.value)

c = top()
c.send(None)
try:
    c.throw(TypeError("unhandled"))
except TypeError as e:
    print("propagated:", e)
