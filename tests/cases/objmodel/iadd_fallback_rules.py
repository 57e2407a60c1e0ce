log = []
class A:
    def __add__(self, o):
        log.append('A.add'); return NotImplemented
class B:
    def __radd__(self, o):
        log.append('B.radd'); return 'B.radd'
    def __iadd__(self, o):
        log.append('B.iadd'); return 'B.iadd'
x = A()
x += B()
print(x, log); log.clear()
class C:
    def __iadd__(self, o):
        log.append('C.iadd'); return NotImplemented
    def __add__(self, o):
        log.append('C.add'); return NotImplemented
y = C()
y += B()
print(y, log); log.clear()
z = C()
try:
    z += 1
except TypeError as e:
    print(type(e).__name__, log)
log.clear()
class D(int):
    def __iadd__(self, o):
        log.append('D.iadd'); return D(int(self) + o + 100)
d = D(1)
d += 1
print(d, type(d).__name__, log)
class E(list):
    def __iadd__(self, o):
        log.append('E.iadd')
        return super().__iadd__(o)
e = E([1])
e0 = e
e += [2]
print(e, e is e0, log)
