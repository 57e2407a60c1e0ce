class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
for i in Countdown(3):
    print(i)
print(list(Countdown(4)), sum(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, 'done'))
