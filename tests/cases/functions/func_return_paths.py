def f(x):
    for i in range(10):
        if i == x:
            return 'loop', i
    while x > 100:
        return 'while'
    try:
        if x == -1:
            return 'try'
    finally:
        pass
    return 'end'
print(f(3), f(500), f(-1), f(50))
def g(x):
    if x:
        return
    return 0
print(g(1), g(0))
