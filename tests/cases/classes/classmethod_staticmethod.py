class Temp:
    count = 0
    def __init__(self, c):
        self.c = c
        Temp.count += 1
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 // 9)
    @staticmethod
    def c_to_f(c):
        return c * 9 // 5 + 32
    @classmethod
    def how_many(cls):
        return cls.count
t = Temp.from_f(212)
print(t.c, Temp.c_to_f(100), t.c_to_f(0), Temp.how_many(), t.how_many())
class Sub(Temp):
    pass
s = Sub.from_f(32)
print(type(s).__name__, s.c, Sub.how_many())
f = Temp.c_to_f
print(f(-40))
