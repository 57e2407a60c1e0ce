class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None)
        return False
with CM('a') as c:
    print('body', c.name)
with CM('x') as x, CM('y') as y:
    print('two', x.name, y.name)
try:
    with CM('err'):
        raise ValueError('inside')
except ValueError:
    print('propagated')
with CM('noas'):
    print('no as')
def f():
    with CM('ret'):
        return 'returned'
print(f())
for i in range(3):
    with CM('loop%d' % i):
        if i == 1:
            continue
        if i == 2:
            break
        print('loop body', i)
