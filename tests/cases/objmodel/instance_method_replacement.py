class Greeter:
    def greet(self): return 'hello'
g1, g2 = Greeter(), Greeter()
import sys
def shout(self): return 'HELLO from ' + type(self).__name__
g1.greet = shout.__get__(g1)
print(g1.greet(), g2.greet())
Greeter.greet = shout
print(g1.greet(), g2.greet())
del g1.greet
print(g1.greet())
class Counter:
    def __init__(self): self.n = 0
    def inc(self): self.n += 1; return self
c = Counter()
inc = c.inc
for _ in range(3): inc()
print(c.n)
methods = [Counter.inc] * 2
for m in methods: m(c)
print(c.n)
