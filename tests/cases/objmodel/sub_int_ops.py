class MyInt(int):
    def __add__(self, o):
        return MyInt(int(self) + int(o) + 1000)
    def __radd__(self, o):
        return 'radd:%d' % (int(o))
    def __eq__(self, o):
        return int(self) % 10 == int(o) % 10
    __hash__ = int.__hash__
    def __repr__(self):
        return 'MyInt(%d)' % int(self)
    def __str__(self):
        return 'my%d' % int(self)
    def __bool__(self):
        return int(self) != 7
a = MyInt(3)
print(a + 1, 1 + a, a + a)
print(type(a + 1).__name__, type(a - 1).__name__, a - 1, a * 2)
print(a == 13, a == 4, a != 13)
print(repr(a), str(a), '%s' % a, f'{a}', format(a, '05d'), '{}'.format(a))
print(bool(MyInt(7)), bool(MyInt(0)), bool(MyInt(5)))
print(hash(a) == hash(3), {a: 'x'}[3])
print([10, 20, 30, 40][a], 'abcd'[MyInt(1)])
print(isinstance(a, int), int(a), float(a), abs(MyInt(-4)))
x = MyInt(5)
x += 1
print(x, type(x).__name__)
print(sorted([MyInt(3), MyInt(1), MyInt(2)]))
print(range(MyInt(4))[-1], divmod(MyInt(7), 2), MyInt(2) ** 3, -MyInt(3))
