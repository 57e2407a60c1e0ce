def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
t(dir, 1, 2)
t(dir, a=1)
class C:
    x = 1
    def m(self):
        pass
o = C()
o.y = 2
d = dir(o)
print('x' in d, 'y' in d, 'm' in d, 'z' in d)
print(d == sorted(d))
print('append' in dir([]), 'keys' in dir({}), 'upper' in dir(''))
print('x' in dir(C), 'y' in dir(C))
import sys
print('path' in dir(sys))
print(type(dir(1)).__name__)
