class Suspend:
    def __await__(self):
        yield


async def inner():
    try:
        await Suspend()
    finally:
        print("inner cleanup")


async def outer():
    try:
        await inner()
    except GeneratorExit:
        print("outer sees GeneratorExit")
        raise


c = outer()
c.send(None)
c.close()
print("closed")
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# close before starting
c = outer()
c.close()


async def stubborn():
    # ignores the first GeneratorExit only (CPython's finalizer closes it again)
    ignored = False
    while True:
        try:
            await Suspend()
        except GeneratorExit:
            if ignored:
                return
            ignored = True
            print("ignoring exit")


c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
