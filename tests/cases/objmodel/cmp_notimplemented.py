log = []
class A:
    def __eq__(self, o):
        log.append('A.eq'); return NotImplemented
    def __lt__(self, o):
        log.append('A.lt'); return NotImplemented
class B:
    def __eq__(self, o):
        log.append('B.eq'); return NotImplemented
    def __gt__(self, o):
        log.append('B.gt'); return NotImplemented
a, b = A(), B()
print(a == b, log); log.clear()
print(a != b, log); log.clear()
print(a == a, log); log.clear()
try:
    a < b
except TypeError as e:
    print(type(e).__name__, log)
log.clear()
class Base:
    def __eq__(self, o):
        log.append('Base.eq'); return 'base'
class Sub(Base):
    def __eq__(self, o):
        log.append('Sub.eq'); return 'sub'
print(Base() == Sub(), log); log.clear()
print(Sub() == Base(), log); log.clear()
class Sub2(Base): pass
print(Base() == Sub2(), log); log.clear()
class OnlyEq:
    def __eq__(self, o): return True
print(OnlyEq() != 1, OnlyEq() != OnlyEq())
class NeOnly:
    def __ne__(self, o): return 'custom ne'
print(NeOnly() != 1, NeOnly() == 1)
x = NeOnly()
print(x == x)
class Num:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        if isinstance(o, Num): return self.n == o.n
        return NotImplemented
print(Num(1) == Num(1), Num(1) == 1, 1 == Num(1), Num(1) != 2, Num(1) in [Num(0), Num(1)])
print([Num(2)].count(Num(2)), [Num(3)].index(Num(3)), (Num(1),) == (Num(1),))
