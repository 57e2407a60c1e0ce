def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


def group():
    results = []
    while True:
        r = yield from accumulate()
        results.append(r)
        if len(results) == 3:
            return results


g = group()
next(g)
for batch in ([1, 2, 3], [10], [4, 4]):
    for v in batch:
        print("running", g.send(v))
    try:
        g.send(None)
    except StopIteration as e:
        print("all", e.value)
        break
