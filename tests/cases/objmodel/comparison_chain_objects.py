log = []
class N:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        log.append((self.v, '<', o.v)); return self.v < o.v
    def __gt__(self, o):
        log.append((self.v, '>', o.v)); return self.v > o.v
a, b, c = N(1), N(2), N(3)
print(a < b < c, log); log.clear()
print(a < c < b, log); log.clear()
print(c < a < b, log); log.clear()
print(a < b > a, log); log.clear()
class Mixed:
    def __lt__(self, o): return 'lt-result'
print(Mixed() < 1 < 2, 1 < 2 < 3)
