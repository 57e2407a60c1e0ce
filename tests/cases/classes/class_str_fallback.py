class A:
    def __init__(self, n):
        self.n = n
class B(A):
    def __str__(self):
        return 'B%d' % self.n
class C(B):
    def __repr__(self):
        return 'C-repr'
print(str(B(1)), str(C(2)), repr(C(3)), [C(4)], '%s' % C(5))
print(isinstance(str(A(1)), str))
