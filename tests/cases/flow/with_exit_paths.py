class CM:
    def __init__(self, name, suppress=False, fail_exit=False):
        self.name = name
        self.suppress = suppress
        self.fail_exit = fail_exit
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v.args if v else None)
        if self.fail_exit:
            raise RuntimeError('exit failed')
        return self.suppress
with CM('a') as a, CM('b') as b:
    print('body', a.name, b.name)
with CM('s', suppress=True):
    raise ValueError('hidden')
print('after suppressed')
try:
    with CM('x'):
        raise KeyError('shown')
except KeyError as e:
    print('caught', e.args)
try:
    with CM('f', fail_exit=True):
        raise ValueError('orig')
except RuntimeError as e:
    print('RuntimeError', type(e.__context__).__name__)
def ret():
    with CM('r'):
        return 'returned'
print(ret())
for i in range(3):
    with CM('loop%d' % i):
        if i == 1:
            continue
        if i == 2:
            break
class BadEnter:
    def __enter__(self):
        raise OSError('no enter')
    def __exit__(self, *a):
        print('never')
try:
    with BadEnter():
        print('never body')
except OSError as e:
    print('OSError', e)
try:
    with 5:
        pass
except (AttributeError, TypeError) as e:
    print('not a context manager')
