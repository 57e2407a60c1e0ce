class A:
    a_cls = 1
    def a_meth(self): pass
class B(A):
    b_cls = 2
    @property
    def b_prop(self): return 1
mine = {'a_cls', 'a_meth', 'b_cls', 'b_prop', 'x_inst', 'y_inst'}
b = B()
b.x_inst = 1
b.y_inst = 2
print([n for n in dir(b) if n in mine])
print([n for n in dir(B) if n in mine])
print([n for n in dir(A) if n in mine])
print(dir(b) == sorted(dir(b)), dir(B) == sorted(dir(B)))
print('__init__' in dir(b), '__class__' in dir(b))
class M(type):
    def meta_only(cls): pass
class C(metaclass=M):
    c_attr = 0
print([n for n in dir(C) if n in ('meta_only', 'c_attr')])
def f():
    local_a = 1; local_b = 2
    return [n for n in dir() if n.startswith('local')]
print(f())
import math
print('sqrt' in dir(math), 'pi' in dir(math))
print('append' in dir([]), 'upper' in dir('') , 'keys' in dir({}))
