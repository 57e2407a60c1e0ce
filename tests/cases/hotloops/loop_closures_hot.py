def make_adder(n):
    return lambda x: x + n
adders = [make_adder(i) for i in range(100)]
total = 0
for _ in range(100):
    for a in adders:
        total = a(total) % 1000003
print(total)
def outer():
    count = 0
    def inc():
        nonlocal count
        count += 1
    for _ in range(25000):
        inc()
    return count
print(outer())
