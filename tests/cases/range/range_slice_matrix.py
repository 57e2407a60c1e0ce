for r in [range(10), range(0, 20, 4), range(10, -10, -3), range(5, 5), range(-5, 17, 2)]:
    for s in [slice(None), slice(None, None, 2), slice(None, None, -1), slice(1, -1), slice(-2, None, -2), slice(100, None), slice(None, -100), slice(3, 1), slice(None, None, -3)]:
        x = r[s]
        print(r, s, x, list(x) == list(r)[s], len(x))
