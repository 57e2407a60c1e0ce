class CM:
    def __init__(self, name, suppress=False):
        self.name = name; self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, type(ev).__name__ if ev else None)
        return self.suppress
with CM('a') as v:
    print('body', v)
with CM('b', True):
    raise ValueError('x')
print('after suppressed')
try:
    with CM('c'):
        raise KeyError('k')
except KeyError:
    print('propagated')
with CM('d') as x, CM('e') as y:
    print(x, y)
def f():
    with CM('ret'):
        return 'returned'
print(f())
for i in range(3):
    with CM('loop%d' % i):
        if i == 1: continue
        if i == 2: break
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return 'yes'
with Truthy():
    1 / 0
print('truthy suppress')
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:   # CPython 3.11: TypeError; MicroPython: AttributeError
    print('no protocol')
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:   # CPython 3.11: TypeError; MicroPython: AttributeError
    print('no protocol')
class EnterRaises:
    def __enter__(self): raise RuntimeError('enter')
    def __exit__(self, *a): print('exit not called')
try:
    with EnterRaises():
        print('no body')
except RuntimeError:
    print('enter raised')
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise TypeError('from exit')
try:
    with ExitRaises():
        raise ValueError
except TypeError as e:
    print(type(e).__name__, type(e.__context__).__name__)
