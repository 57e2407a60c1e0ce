class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return self.swallow
with CM('a') as a, CM('b') as b:
    print('body', a.name, b.name)
with CM('outer', True):
    with CM('inner'):
        raise ValueError('boom')
print('after swallow')
try:
    with CM('x'):
        raise KeyError('k')
except KeyError:
    print('propagated')
def f():
    with CM('ret'):
        return 'returned'
print(f())
for i in range(2):
    with CM('loop%d' % i):
        if i == 0:
            continue
        break
class Bad:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError('from exit')
try:
    with Bad():
        pass
except RuntimeError as e:
    print('exit raised', e)
