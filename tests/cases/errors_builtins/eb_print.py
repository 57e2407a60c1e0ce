def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
import sys
t(print, 1, 2, sep='-')
t(print, 1, 2, sep=None)
t(print, 1, 2, end=None)
t(print, 1, 2, sep='', end='|\n')
t(print, sep=1)
t(print, end=2)
t(print, 1, bogus=3)
t(print, 1, file=None)
t(print, 1, file=sys.stdout)
t(print, 1, file=1)
t(print, 1, flush=True)
t(print)
t(print, '')
t(print, 'a', 'b', 'c', sep='\n')
t(print, *range(5), sep=', ')
t(print, None, True, 1.5, [1], (2,), {3: 4}, b'x')
class S:
    def __str__(self):
        return 'S!'
    def __repr__(self):
        return 'R!'
t(print, S(), [S()])
class Bad:
    def __str__(self):
        return 5
t(print, Bad())
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print('x', 'y', file=w, sep='+', end='!')
print(w.parts)
print('no newline', end='')
print()
print('a', end='')
print('b', end='\n\n')
print('done')
