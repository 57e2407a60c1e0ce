def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
import sys
class NoWrite:
    pass
t(print, 'x', file=NoWrite())
class BadWrite:
    def write(self, s):
        raise ValueError('nope')
t(print, 'x', file=BadWrite())
class Recorder:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
        return len(s)
    def flush(self):
        self.data.append('<flush>')
r = Recorder()
print(1, 2.5, 'three', [4], sep=', ', end='.\n', file=r)
print(file=r)
print('a', 'b', sep='', file=r, flush=True)
print(*[], file=r, end='')
print(r.data)
t(print, 'x', sep=b'-')
t(print, 'x', end=b'\n')
t(print, 'x', 'y', sep=None)
print('to stdout', file=sys.stdout)
print('to stdout None', file=None)
