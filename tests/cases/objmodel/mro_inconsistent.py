class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class C(A, B): pass
except TypeError as e:
    print('TypeError', type(e).__name__)
try:
    class D(X, A): pass
except TypeError as e:
    print('TypeError 2')
class E(A, X): pass
print([k.__name__ for k in E.__mro__])
try:
    class F(X, X): pass
except TypeError as e:
    print('duplicate base', type(e).__name__)
try:
    class G(object, X): pass
except TypeError:
    print('object first')
class H(X, object): pass
print([k.__name__ for k in H.__mro__])
