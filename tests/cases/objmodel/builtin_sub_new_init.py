class I(int):
    def __new__(cls, v, scale=1):
        return super().__new__(cls, v * scale)
    def __init__(self, v, scale=1):
        self.scale = scale
i = I(3, scale=10)
print(i, i.scale, type(i).__name__, i + 0)
class L(list):
    def __init__(self, n):
        super().__init__(range(n))
        self.n = n
print(L(3), L(3).n)
class D(dict):
    def __init__(self, pairs, extra):
        super().__init__(pairs)
        self['extra'] = extra
print(sorted(D([('a', 1)], 2).items()))
class S(str):
    def __new__(cls, *parts):
        return super().__new__(cls, '-'.join(parts))
print(S('a', 'b', 'c'), len(S('x', 'y')))
class T(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
print(T(1, 2, 3), T(), len(T(1)))
class F(float):
    def __new__(cls, s):
        return super().__new__(cls, s.replace(',', '.'))
print(F('1,5'), F('2,25') * 2)
class E(Exception):
    def __new__(cls, *a):
        inst = super().__new__(cls, *a)
        inst.created = True
        return inst
e = E('x')
print(e.args, e.created)
class B(bytes):
    def __new__(cls, s):
        return super().__new__(cls, s.encode())
print(B('hi'), len(B('abc')), B('q') == b'q')
class NoInit(int):
    pass
try:
    NoInit(1, 2, 3)
except TypeError as e:
    print(type(e).__name__)
