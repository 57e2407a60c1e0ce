log = []
class A:
    def __add__(self, o):
        log.append('A.add'); return NotImplemented
    def __radd__(self, o):
        log.append('A.radd'); return NotImplemented
class B:
    def __add__(self, o):
        log.append('B.add'); return NotImplemented
    def __radd__(self, o):
        log.append('B.radd'); return 'B.radd result'
print(A() + B(), log); log.clear()
try:
    B() + A()
except TypeError as e:
    print(type(e).__name__, log)
log.clear()
class Base:
    def __add__(self, o):
        log.append('Base.add'); return 'Base.add'
    def __radd__(self, o):
        log.append('Base.radd'); return 'Base.radd'
class Sub(Base):
    def __radd__(self, o):
        log.append('Sub.radd'); return 'Sub.radd'
print(Base() + Sub(), log); log.clear()
class Sub2(Base):
    pass
print(Base() + Sub2(), log); log.clear()   # not overridden: left first
class Sub3(Base):
    def __radd__(self, o):
        log.append('Sub3.radd'); return NotImplemented
print(Base() + Sub3(), log); log.clear()
print(Sub() + Base(), log); log.clear()
class Same:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o):
        log.append('Same.radd'); return 'never'
try:
    Same() + Same()
except TypeError as e:
    print(type(e).__name__, log)
log.clear()
class IntLike:
    def __radd__(self, o): return 'IntLike.radd %r' % (o,)
    def __rmul__(self, o): return 'IntLike.rmul %r' % (o,)
print(3 + IntLike(), 2.0 * IntLike(), [1] * IntLike(), 'ab' + IntLike())
class MyInt(int):
    def __radd__(self, o): return 'MyInt.radd'
    def __rsub__(self, o): return 'MyInt.rsub'
print(1 + MyInt(2), 1 - MyInt(2), MyInt(2) + 1, MyInt(5) - 1)
