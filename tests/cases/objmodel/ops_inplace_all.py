class I:
    def __init__(self): self.log = []
    def __iadd__(self, o): self.log.append(('iadd', o)); return self
    def __isub__(self, o): self.log.append(('isub', o)); return self
    def __imul__(self, o): self.log.append(('imul', o)); return self
    def __imatmul__(self, o): self.log.append(('imatmul', o)); return self
    def __itruediv__(self, o): self.log.append(('itruediv', o)); return self
    def __ifloordiv__(self, o): self.log.append(('ifloordiv', o)); return self
    def __imod__(self, o): self.log.append(('imod', o)); return self
    def __ipow__(self, o): self.log.append(('ipow', o)); return self
    def __ilshift__(self, o): self.log.append(('ilshift', o)); return self
    def __irshift__(self, o): self.log.append(('irshift', o)); return self
    def __iand__(self, o): self.log.append(('iand', o)); return self
    def __ior__(self, o): self.log.append(('ior', o)); return self
    def __ixor__(self, o): self.log.append(('ixor', o)); return self
x = I()
orig = x
x += 1; x -= 2; x *= 3; x @= 4; x /= 5; x //= 6; x %= 7; x **= 8
x <<= 9; x >>= 10; x &= 11; x |= 12; x ^= 13
print(x is orig)
for entry in x.log: print(entry)
class Ret:
    def __iadd__(self, o): return 'replaced'
y = Ret()
y += 1
print(y)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
z = OnlyAdd(1)
z0 = z
z += 5
print(z.v, z is z0)
class NotImpl:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return 'fallback add'
w = NotImpl()
w += 1
print(w)
class Neither:
    def __iadd__(self, o): return NotImplemented
n = Neither()
try:
    n += 1
except TypeError as e:
    print(type(e).__name__)
class RAdd:
    def __radd__(self, o): return 'radd used'
q = 5
q += RAdd()
print(q)
lst = [1]
alias = lst
lst += (2, 3)
print(lst, alias is lst)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
