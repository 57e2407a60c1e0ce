class C:
    def __contains__(self, x):
        return x % 2 == 0
c = C()
print(2 in c, 3 in c, 3 not in c, 4 not in c)
class Truthy:
    def __contains__(self, x): return 'nonempty'
print(1 in Truthy())
class Falsy:
    def __contains__(self, x): return 0
print(1 in Falsy(), 1 not in Falsy())
class ViaIter:
    def __iter__(self): return iter([1, 2, 3])
print(2 in ViaIter(), 5 in ViaIter())
class Nothing: pass
try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__)
class Call:
    def __init__(self): self.n = 0
    def __call__(self, *args, **kw):
        self.n += 1
        return (args, sorted(kw.items()))
f = Call()
print(f(), f(1, 2), f(a=1), f(*[1], **{'b': 2}), f.n)
print(callable(f), callable(Call), callable(Nothing()), callable(len), callable(5))
print(list(map(f, [1, 2])))
class Adder:
    def __init__(self, k): self.k = k
    def __call__(self, x): return x + self.k
print(sorted([3, 1, 2], key=Adder(-10)), Adder(5)(Adder(1)(0)))
class CallAttr: pass
ca = CallAttr()
ca.__call__ = lambda: 'instance call'
try:
    ca()
except TypeError as e:
    print(type(e).__name__)
print(ca.__call__())
class Meth:
    def __init__(self):
        self.fn = Adder(100)
print(Meth().fn(1))
