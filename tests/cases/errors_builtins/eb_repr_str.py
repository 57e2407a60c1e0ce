def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
t(repr)
t(repr, 1, 2)
t(repr, None)
t(repr, 'a\'b"c')
t(repr, "it's")
t(repr, 'tab\there\nnl\\ back')
t(repr, '\x00\x1f\x7f')
t(repr, b'\x00\xff\'"')
t(repr, [1, 'a', (2,), {3: None}])
t(repr, (1,))
t(repr, ())
t(repr, {})
t(repr, set())
t(repr, {1})
t(repr, frozenset())
t(repr, 1.0)
t(repr, -0.0)
t(repr, 1e16)
t(repr, 1e-5)
t(repr, float('nan'))
t(repr, float('-inf'))
t(repr, 2**64)
t(repr, True)
t(repr, ...)
t(repr, NotImplemented)
t(repr, bytearray(b'ab'))
t(repr, slice(1, None, 2))
t(repr, ValueError('x'))
t(repr, ValueError('x', 2))
t(repr, ValueError())
t(repr, KeyError('k'))
class R:
    def __repr__(self):
        return 'custom'
class RB:
    def __repr__(self):
        return 42
t(repr, R())
t(repr, [R(), R()])
t(repr, RB())
t(str, RB())
t(str)
t(str, 1, 2, 3, 4)
t(str, b'abc')
t(str, b'abc', 'utf-8')
t(str, 'abc', 'utf-8')
t(str, 1, 'utf-8')
t(lambda: str(b'\xff', 'utf-8') if 0 else 0)
try:
    str(b'\xff', 'utf-8')
except UnicodeError:
    print('UnicodeError')
l = [1]
l.append(l)
t(repr, l)
d = {}
d[1] = d
t(repr, d)
