# Recursion: naive Fibonacci, the Ackermann function, and Tak.
# Size: N is the Fibonacci argument; the others scale with it.
import sys

N = 34
if len(sys.argv) > 1:
    N = int(sys.argv[1])
if hasattr(sys, "setrecursionlimit"):
    sys.setrecursionlimit(10000)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


print(fib(N))
print(ack(2, N * 8))
print(tak(N - 7, N - 14, N - 21))
