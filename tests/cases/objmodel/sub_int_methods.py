class Money(int):
    def __new__(cls, cents, currency='USD'):
        obj = super().__new__(cls, cents)
        obj.currency = currency
        return obj
    def __repr__(self):
        return '%s %d.%02d' % (self.currency, self // 100, self % 100)
    def __add__(self, o):
        return Money(int(self) + int(o), self.currency)
    __radd__ = __add__
m = Money(1050)
print(repr(m), m + 25, 25 + m, sum([Money(1), Money(2)]), m.currency)
print(m > 1000, m == 1050, int(m), hex(m), m.bit_length(), m.to_bytes(2, 'big'))
print(isinstance(m, int), type(m * 2).__name__, type(-m).__name__, type(abs(m)).__name__)
class Bits(int):
    def __getitem__(self, i): return (self >> i) & 1
    def __len__(self): return self.bit_length()
    def __iter__(self):
        return iter([self[i] for i in range(len(self))])
b = Bits(0b1011)
print(b[0], b[2], len(b), list(b), int(b), b + 1, b | 4)
class Flag(int):
    def __bool__(self): return True
    def __str__(self): return 'Flag'
f = Flag(0)
print(bool(f), 'yes' if f else 'no', str(f), f == 0, f + 0, [f][0] == 0, not f)
print('%d %s %r' % (f, f, f), str([f]))
