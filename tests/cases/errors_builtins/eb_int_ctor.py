def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
t(int)
t(int, 1, 2, 3)
t(int, None)
t(int, [])
t(int, '')
t(int, ' ')
t(int, '12')
t(int, ' 12 ')
t(int, '\t-12\n')
t(int, '+5')
t(int, '--5')
t(int, '1_000')
t(int, '1__000')
t(int, '_1')
t(int, '1_')
t(int, '1.5')
t(int, '1e3')
t(int, '0x10')
t(int, '0x10', 16)
t(int, '0x10', 0)
t(int, '0o17', 0)
t(int, '0b101', 0)
t(int, '017', 0)
t(int, '0', 0)
t(int, '00', 0)
t(int, '10', 0)
t(int, 'ff', 16)
t(int, 'FF', 16)
t(int, 'z', 36)
t(int, 'Z', 36)
t(int, '10', 1)
t(int, '10', 37)
t(int, '10', -1)
t(int, '2', 2)
t(int, '12', 2)
t(int, 10, 10)
t(int, 1.5, 10)
t(int, '10', base=8)
t(int, x='10')
t(int, '10', '8')
t(int, 1.9)
t(int, -1.9)
t(int, 1e20)
t(int, -0.0)
t(int, float('inf'))
t(int, float('nan'))
t(int, True)
t(int, b'12')
t(int, b'12', 16)
t(int, '9' * 30)
t(int, '-' + '9' * 30)
t(int, '1' * 70, 2)
for base in range(2, 37):
    t(int, 'zz'[:1] + '10', base)
    t(int, '10', base)
    t(int, '-11', base)
class I:
    def __int__(self):
        return 7
class X:
    def __index__(self):
        return 9
class T:
    def __trunc__(self):
        return 3
t(int, I())
t(int, X())
t(int, '10', X())
class BadI:
    def __int__(self):
        return 'x'
t(int, BadI())
