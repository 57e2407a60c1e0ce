def gen(n, step=1):
    i = 0
    while i < n:
        yield i
        i += step
print(list(gen(5)), list(gen(10, 3)), list(gen(n=4, step=2)))
