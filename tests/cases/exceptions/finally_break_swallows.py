def f():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return 'swallowed at %d' % i
print(f())
def g():
    while True:
        try:
            1 / 0
        finally:
            return 'returned from finally'
print(g())
def h():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise KeyError(i)
            out.append(i)
        finally:
            continue
    return out
print(h())
