NAME = 'helper module'
calls = 0
_private = 'secret'
def add(a, b):
    global calls
    calls += 1
    return a + b
def mul(a, b):
    return a * b
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self.n
print('helper loaded')
