def stubborn():
    # ignores the first GeneratorExit only (so that CPython's finalizer,
    # which closes it again later, stays quiet)
    ignored = False
    while True:
        try:
            yield 1
        except GeneratorExit:
            if ignored:
                return
            ignored = True
            print("ignoring")


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# through yield from: the inner one ignores GeneratorExit
def outer():
    yield from stubborn()


g = outer()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


# a generator that returns on GeneratorExit is fine
def polite():
    try:
        yield 1
    except GeneratorExit:
        print("returning")
        return 5


g = polite()
next(g)
print(g.close())


# one that raises something else: close() lets it through
def rude():
    try:
        yield 1
    except GeneratorExit:
        raise OSError("k")


g = rude()
next(g)
try:
    g.close()
except OSError as e:
    print("OSError", e)
