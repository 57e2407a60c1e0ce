# int subclasses: overridden operators win, inherited ones give plain ints
class Money(int):
    def __repr__(self):
        return 'Money(%d)' % int(self)
    def __add__(self, other):
        return Money(int(self) + int(other))
    __radd__ = __add__

m = Money(5)
print(repr(m), repr(m + 2), repr(2 + m), repr(m * 3), type(m * 3).__name__)
print(str(m), m > 3, m < 3, m == 5, -m, abs(Money(-4)), m // 2, m % 3, m ** 2)
print(int(m), float(m), bool(Money(0)), bool(m), hex(m), bin(m), '%d' % m, '{:03d}'.format(m))
print(sorted([Money(3), 1, Money(2)]), max(Money(1), Money(9)))
print([10, 20, 30, 40, 50, 60][m], list(range(m)), divmod(m, 2))
print(m.bit_length(), m.to_bytes(2, 'big'), Money.from_bytes(b'\x01\x00', 'big'))

class Flag(int):
    names = {1: 'A', 2: 'B', 4: 'C'}
    def __str__(self):
        return '|'.join(n for v, n in sorted(self.names.items()) if self & v) or '0'
    def __or__(self, o):
        return Flag(int(self) | int(o))

print(Flag(1) | Flag(4), Flag(0), Flag(7), type(Flag(1) | 2).__name__)

class Big(int):
    pass
b = Big(2 ** 100)
print(b, type(b).__name__, b + 1, b >> 90, isinstance(b, int), Big(-7) // 2)
print(Big(), Big('12'), Big('z', 36), Big(3.9), Big(True), type(Big(True)).__name__)

class WithNew(int):
    def __new__(cls, v, unit='s'):
        obj = super().__new__(cls, v * 1000)
        obj.unit = unit
        return obj
w = WithNew(3, 'ms')
print(w, w.unit, w + 0, hash(w) == hash(3000))
