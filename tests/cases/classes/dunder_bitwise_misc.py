class Flags:
    def __init__(self, v):
        self.v = v
    def __and__(self, o):
        return Flags(self.v & o.v)
    def __or__(self, o):
        return Flags(self.v | o.v)
    def __xor__(self, o):
        return Flags(self.v ^ o.v)
    def __invert__(self):
        return Flags(~self.v & 0xF)
    def __lshift__(self, n):
        return Flags(self.v << n)
    def __rshift__(self, n):
        return Flags(self.v >> n)
    def __bool__(self):
        return self.v != 0
    def __int__(self):
        return self.v
    def __repr__(self):
        return 'F(%s)' % bin(self.v)
a, b = Flags(0b1100), Flags(0b1010)
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2, bool(a & Flags(1)), int(a))
if a:
    print('truthy')
if not Flags(0):
    print('falsy')
