def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(5)), sum(count(10)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print('done')
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
print(next(iter([]), 'default'))
