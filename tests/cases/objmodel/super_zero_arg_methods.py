class A:
    def m(self): return ['A.m']
    @classmethod
    def cm(cls): return ['A.cm', cls.__name__]
    @staticmethod
    def sm(): return ['A.sm']
    @property
    def p(self): return ['A.p']
class B(A):
    def m(self): return ['B.m'] + super().m()
    @classmethod
    def cm(cls): return ['B.cm'] + super().cm()
    @staticmethod
    def sm(): return ['B.sm'] + A.sm()
    @property
    def p(self): return ['B.p'] + super().p
class C(B):
    def m(self): return ['C.m'] + super().m()
    @classmethod
    def cm(cls): return ['C.cm'] + super().cm()
print(C().m())
print(C.cm())
print(C().cm())
print(B.sm(), C.sm())
print(C().p)
print(B().p)
