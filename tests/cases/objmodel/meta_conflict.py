class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print('conflict', type(e).__name__)
class M3(M1, M2): pass
class D(A, B, metaclass=M3): pass
print(type(D).__name__)
class M1sub(M1): pass
class E(metaclass=M1sub): pass
class F(A, E): pass
print(type(F).__name__)
class G(E, A): pass
print(type(G).__name__)
class H(A, metaclass=type): pass
print(type(H).__name__)
try:
    class I(A, metaclass=M2): pass
except TypeError as e:
    print('conflict2', type(e).__name__)
