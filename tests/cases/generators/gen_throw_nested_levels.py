# three levels of yield from: where the thrown exception is caught decides
# which generator goes on
log = []


def level3():
    try:
        yield "l3-a"
        yield "l3-b"
    except KeyError:
        log.append("l3 caught KeyError")
        yield "l3-recovered"
    return "ret3"


def level2():
    try:
        r = yield from level3()
        log.append("l2 got " + r)
        yield "l2-after"
    except IndexError:
        log.append("l2 caught IndexError")
        yield "l2-recovered"
    return "ret2"


def level1():
    try:
        r = yield from level2()
        log.append("l1 got " + r)
    except ZeroDivisionError:
        log.append("l1 caught ZeroDivisionError")
        yield "l1-recovered"
    yield "l1-end"


for exc in (KeyError, IndexError, ZeroDivisionError, TypeError):
    del log[:]
    g = level1()
    print(next(g))
    try:
        print(g.throw(exc))
        print(list(g))
    except Exception as e:
        print("escaped", type(e).__name__)
    print(log)
