# A first micropy program: what runs here runs on a board.
import sys

print("Hello from", sys.implementation.name, "on", sys.platform)


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


class Counter:
    def __init__(self):
        self.counts = {}

    def add(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1

    def top(self, n):
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


c = Counter()
for w in "the quick brown fox jumps over the lazy dog the end".split():
    c.add(w)
print("top words:", c.top(2))
print("fib(90) =", fib(90))
print("squares:", [i * i for i in range(10)], "sum", sum(i * i for i in range(10)))
try:
    1 // 0
except ZeroDivisionError as e:
    print("caught:", type(e).__name__)
