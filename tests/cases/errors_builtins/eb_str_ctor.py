def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
t(str)
t(str, 1)
t(str, None)
t(str, [1, 'a'])
t(str, b'ab')
t(str, b'ab', 'utf-8')
t(str, b'ab', 'ascii')
t(str, b'ab', encoding='utf-8')
t(str, b'ab', 'utf-8', 'strict')
t(str, b'ab', 'utf-8', 'ignore')
t(str, bytearray(b'cd'), 'utf-8')
t(str, 'x', 'utf-8')
t(str, 1, 'utf-8')
t(str, None, 'utf-8')
t(str, b'ab', 1)
t(str, 1.0)
t(str, -0.0)
t(str, 1e100)
t(str, 2**100)
t(str, (1,))
t(str, {'a': 1})
t(str, True)
t(str, str)
class S:
    def __str__(self):
        return 'S'
class NS:
    def __str__(self):
        return None
t(str, S())
t(str, NS())
t(str, object=5)
