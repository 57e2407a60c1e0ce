# A loop-heavy integer benchmark: nested loops, arithmetic, a function call.
def step(x, i):
    return (x + i * 3) % 1000003


def run(n):
    acc = 0
    i = 0
    while i < n:
        acc = step(acc, i)
        i += 1
    total = 0
    for j in range(n):
        if j & 1:
            total += j
        else:
            total -= 1
    return acc + total


print(run(3000000))
