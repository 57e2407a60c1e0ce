def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
t(float)
t(float, 1, 2)
t(float, None)
t(float, [])
t(float, '')
t(float, ' ')
t(float, '1.5')
t(float, ' 1.5 ')
t(float, '1.5.5')
t(float, '1e5')
t(float, '1E-5')
t(float, '1e')
t(float, 'e5')
t(float, '.5')
t(float, '5.')
t(float, '.')
t(float, '-.5')
t(float, '+1.0')
t(float, '1_0.5')
t(float, '1__0')
t(float, 'inf')
t(float, '-inf')
t(float, '+inf')
t(float, 'Infinity')
t(float, '-INFINITY')
t(float, 'iNf')
t(float, 'infinit')
t(float, 'nan')
t(float, '-nan')
t(float, 'NaN')
t(float, 'nana')
t(float, '0x10')
t(float, '1e400')
t(float, '-1e400')
t(float, '1e-400')
t(float, '12abc')
t(float, 5)
t(float, 2**100)
t(float, -2**100)
t(float, 10**400)
t(float, True)
t(float, b'1.5')
t(float, x=1)
class F:
    def __float__(self):
        return 2.5
class FB:
    def __float__(self):
        return 'x'
class FI:
    def __index__(self):
        return 4
t(float, F())
t(float, FB())
t(float, FI())
print(float('0.1'), float('1' * 20), float('3.14159265358979323846'))
