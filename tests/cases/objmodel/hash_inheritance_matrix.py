def hashable(cls):
    try:
        hash(cls())
        return True
    except TypeError:
        return False
class A: pass
class B:
    def __eq__(self, o): return True
class C(B): pass
class D(B):
    def __hash__(self): return 1
class E(D):
    def __eq__(self, o): return False
class F(D): pass
class G(A):
    __hash__ = None
class H(G):
    def __hash__(self): return 2
class I(B):
    __hash__ = B.__hash__
class J(int):
    def __eq__(self, o): return True
class K(str): pass
class L(tuple):
    def __eq__(self, o): return True
    __hash__ = tuple.__hash__
for cls in [A, B, C, D, E, F, G, H, I, J, K, L]:
    print(cls.__name__, hashable(cls), cls.__hash__ is None)
