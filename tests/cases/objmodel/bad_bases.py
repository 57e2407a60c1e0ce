for make in [lambda: type('X', (bool,), {}),
             lambda: type('X', (5,), {}),
             lambda: type('X', (len,), {}),
             lambda: type('X', (type(None),), {}),
             lambda: type('X', (object, object), {})]:
    try:
        make()
        print('created')
    except TypeError as e:
        print(type(e).__name__)
try:
    class A(bool): pass
except TypeError as e:
    print('bool', type(e).__name__)
def f(): pass
try:
    class B(f): pass
except TypeError as e:
    print('function base', type(e).__name__)
try:
    class C(1): pass
except TypeError as e:
    print('int base', type(e).__name__)
class Ok(object): pass
print(Ok.__bases__ == (object,))
try:
    class D(int, str): pass
except TypeError as e:
    print('layout', type(e).__name__)
try:
    class E(list, dict): pass
except TypeError as e:
    print('layout2', type(e).__name__)
class F(Exception, object): pass
print(issubclass(F, Exception))
class G(int, object): pass
print(G(3) + 1)
