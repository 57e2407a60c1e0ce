class P:
    def __init__(self): self._x = 1
    def getx(self): return self._x
    def setx(self, v): self._x = v
    def delx(self): del self._x
    x = property(getx, setx, delx)
    ro = property(getx)
    wo = property(None, setx)
    kw = property(fget=getx, fset=setx)
p = P()
print(p.x, p.ro, p.kw)
p.x = 5
print(p.x, p.ro)
p.kw = 7
print(p.x)
p.wo = 9
print(p._x)
try:
    p.wo
except AttributeError as e:
    print(type(e).__name__)
try:
    p.ro = 3
except AttributeError as e:
    print(type(e).__name__)
del p.x
print(hasattr(p, '_x'))
try:
    p.x
except AttributeError as e:
    print(type(e).__name__)
print(P.x.fget is P.getx, P.ro.fset is None)
q = property(lambda s: 42)
class Q: pass
Q.v = q
print(Q().v)
