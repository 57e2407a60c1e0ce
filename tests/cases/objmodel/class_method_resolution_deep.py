class A:
    def go(self, trace): trace.append('A'); return trace
class B(A):
    def go(self, trace): trace.append('B'); return super().go(trace)
class C(A):
    def go(self, trace): trace.append('C'); return super().go(trace)
class D(A):
    def go(self, trace): trace.append('D'); return super().go(trace)
class E(B, C): 
    def go(self, trace): trace.append('E'); return super().go(trace)
class F(C, D):
    def go(self, trace): trace.append('F'); return super().go(trace)
class G(E, F):
    def go(self, trace): trace.append('G'); return super().go(trace)
print(G().go([]))
print([k.__name__ for k in G.__mro__])
print(F().go([]), E().go([]))
class Skip(B, D): pass
print(Skip().go([]))
print(super(E, G()).go([]), super(C, G()).go([]))
