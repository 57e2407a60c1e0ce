class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        return isinstance(o, A) and self.v == o.v
print(A(1) != A(1), A(1) != A(2), A(1) != 5, 5 != A(1))
class B(A):
    def __ne__(self, o):
        return 'B.ne'
print(B(1) != B(1), A(1) != B(1), B(1) != A(1))
class C:
    def __eq__(self, o): return NotImplemented
c = C()
print(c != c, c == c, c != C(), c == C())
class D:
    def __ne__(self, o): return NotImplemented
print(D() != 1, D() == 1)
class E(int):
    def __eq__(self, o): return False
    __hash__ = int.__hash__
print(E(1) != 1, E(1) == 1, 1 != E(1))
