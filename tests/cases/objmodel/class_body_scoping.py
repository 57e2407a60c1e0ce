x = 'global'
class C:
    x = 'class'
    y = x + '!'
    def f(self): return x
    lst = [x for _ in range(1)]
    z = (lambda: x)()
print(C.y, C().f(), C.lst, C.z)
def outer():
    v = 'enclosing'
    class K:
        w = v
        def g(self): return v
        v2 = v + '2'
    return K
K = outer()
print(K.w, K().g(), K.v2)
class Counter:
    n = 0
    for i in range(3):
        n += i
    del i
print(Counter.n, hasattr(Counter, 'i'))
class Cond:
    if True:
        a = 1
    else:
        b = 2
print(hasattr(Cond, 'a'), hasattr(Cond, 'b'))
class Self:
    name = 'Self'
    def who(self): return Self.name
print(Self().who())
def deco(cls):
    cls.decorated = True
    return cls
@deco
class Dec: pass
print(Dec.decorated)
class Doc:
    "docstring"
    attr = 1
print(Doc.attr, sorted(k for k in Doc.__dict__ if not k.startswith('__')))
