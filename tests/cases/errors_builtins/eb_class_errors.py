def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
def mk(bases):
    class X(*bases):
        pass
    return X.__name__
t(mk, ())
t(mk, (int,))
t(mk, (1,))
t(mk, (object, object))
t(mk, (int, str))
t(mk, (Exception,))
t(mk, (dict, object))
t(mk, (bool,))
class A:
    pass
class B(A):
    pass
t(mk, (A, B))
t(mk, (B, A))
def no_init_args():
    return A(1)
t(no_init_args)
class I:
    def __init__(self):
        return 5
t(I)
class N:
    def __new__(cls):
        return 42
t(N)
class N2:
    def __new__(cls, *a):
        return object.__new__(cls)
    def __init__(self, x):
        self.x = x
t(lambda: N2(7).x)
t(lambda: N2())
t(lambda: A.__name__)
t(lambda: A.__bases__ == (object,))
t(lambda: B.__mro__ == (B, A, object) if hasattr(B, '__mro__') else True)
t(lambda: type(A()) is A)
t(lambda: A() == A())
t(lambda: A() < A())
t(lambda: A() + 1)
t(lambda: -A())
t(lambda: A()[0])
t(lambda: A()())
t(lambda: len(A()))
t(lambda: iter(A()))
t(lambda: 1 in A())
t(lambda: bool(A()))
a0 = A()
t(lambda: str(a0) == repr(a0))
t(lambda: hash(a0) == hash(a0))
t(lambda: int(A()))
t(lambda: float(A()))
t(lambda: abs(A()))
t(lambda: round(A()))
def set_item():
    A()[0] = 1
t(set_item)
def del_item():
    del A()[0]
t(del_item)
