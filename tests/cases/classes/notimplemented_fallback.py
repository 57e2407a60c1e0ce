class Money:
    def __init__(self, amt):
        self.amt = amt
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.amt + o.amt)
        if isinstance(o, int):
            return Money(self.amt + o)
        return NotImplemented
    __radd__ = __add__
    def __lt__(self, o):
        if not isinstance(o, Money):
            return NotImplemented
        return self.amt < o.amt
    def __repr__(self):
        return '$%d' % self.amt
print(Money(5) + Money(7), Money(5) + 3, 3 + Money(5), sum([Money(1), Money(2)]))
try:
    Money(1) + 'x'
except TypeError:
    print('TypeError add')
try:
    Money(1) < 5
except TypeError:
    print('TypeError lt')
print(sorted([Money(3), Money(1), Money(2)]))
