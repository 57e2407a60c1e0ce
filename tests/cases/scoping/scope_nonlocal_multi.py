def counter():
    a = b = 0
    def step():
        nonlocal a, b
        a += 1
        b += a
        return a, b
    return step
s = counter()
print(s(), s(), s())
def levels():
    v = 0
    def l1():
        def l2():
            nonlocal v
            v += 10
        l2()
        return v
    return l1
print(levels()())
def loop_nonlocal():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total
print(loop_nonlocal())
