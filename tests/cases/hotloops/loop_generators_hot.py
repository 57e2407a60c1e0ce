def gen(n):
    for i in range(n):
        yield i * 2
total = 0
for j in range(200):
    for v in gen(50):
        total += v
print(total)
print(sum(x for x in range(50000) if x % 3 == 0))
print(len([y for y in (i * i for i in range(20000)) if y % 7 == 1]))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
for _ in range(300):
    last = next(f)
print(last % 10 ** 12, len(str(last)))
