# Integer loops: a while loop calling a small function, then a for/range loop
# with a branch.  Size: N iterations of each loop.
import sys

N = 3000000
if len(sys.argv) > 1:
    N = int(sys.argv[1])


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


print(run(N))
