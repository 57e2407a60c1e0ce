def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
t(format)
t(format, 1, 2, 3)
t(format, 1, 2)
t(format, 1)
t(format, 1, '')
t(format, 'abc')
t(format, 'abc', '>5')
t(format, 'abc', 'd')
t(format, 1, 's')
t(format, 1.5, 'd')
t(format, 1, 'z')
t(format, 1, '%')
t(format, 1, 'f')
t(format, None, '')
t(format, None, '>5')
t(format, [1], '')
t(format, [1], 'x')
t(format, True, '')
t(format, True, 'd')
t(format, True, '>6')
t(format, 2**100, 'x')
t(format, 2**100, ',')
t(format, -2**100, '_d')
t(format, 255, '#x')
t(format, 255, '#o')
t(format, 255, '#b')
t(format, 255, 'c')
t(format, 1.0, '')
t(format, 1e20, '')
t(format, 1.5, 'e')
t(format, 'x', '=5')
t(format, 'x', '+')
t(format, 3, ',d')
t(format, 3, ',')
t(format, 'ab', '.1')
t(format, 'ab', '.0')
t(format, 12, '5.2')
t(format, 12, '.2')
class F:
    def __format__(self, spec):
        return 'F<' + spec + '>'
t(format, F(), 'abc')
t(format, F())
class G:
    def __format__(self, spec):
        return 5
t(format, G(), '')
class H:
    pass
t(format, H(), 'x')
