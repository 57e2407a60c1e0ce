def f():
    for x in range(3):
        break
    try:
        print(1, 2, 1/0)
    except ZeroDivisionError:
        pass
    return "ok"
print(f())
def g():
    for x in range(3):
        break
    l = []
    for y in range(3):
        try:
            l.append(("a", 1 / (y - 1)))
        except ZeroDivisionError:
            l.append("z")
    return l
print(g())
