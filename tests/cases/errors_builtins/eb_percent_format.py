def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
def pf(fmt, v):
    try:
        print(repr(fmt), repr(fmt % v))
    except Exception as e:
        print(repr(fmt), type(e).__name__)
for fmt in ['%d', '%5d', '%-5d', '%05d', '%+d', '% d', '%+05d', '%x', '%X', '%#x', '%#X', '%o', '%#o',
            '%08.3f', '%e', '%E', '%g', '%G', '%.3g', '%10.2e', '%-10.1f|', '%c', '%r', '%s', '%a', '%i', '%u',
            '%.0f', '%#.0f', '%.2s', '%10s', '%-10s|', '%%', '%*d', '%.*f', '%-+8.2f']:
    for v in (0, 42, -42, 3.75, -0.5, 2**70):
        if '*' in fmt:
            pf(fmt, (6, v) if fmt == '%*d' else (2, v))
        elif fmt == '%c' and not (0 <= v < 256 and isinstance(v, int)):
            continue
        elif fmt[-1] in 'xXoc' and isinstance(v, float):
            continue    # MicroPython truncates a float here
        else:
            pf(fmt, v)
pf('%s', 'abc')
pf('%r', 'abc')
pf('%d', 'abc')
pf('%c', 'ab')
pf('%c', '')
pf('%c', 'z')
pf('%c', -1)
pf('%c', 0x110000)
pf('%c', 1.5)
pf('%f', 'x')
pf('%d', None)
pf('%s %s', (1,))
pf('%s', (1, 2))
pf('%s', ((1, 2),))
pf('%s', [1, 2])
pf('%d %d', (1, 2, 3))
pf('%', ())
pf('%y', 1)
pf('%(a)s %(b)d', {'a': 'x', 'b': 3})
pf('%(a)s', {'b': 1})
pf('%(a)s', 5)
pf('%(a', {'a': 1})
pf('no format', ())
pf('no format', 5)
pf('no format', {'a': 1})
pf('%s', {})
pf('%d', True)
pf('%s', True)
pf('%f', True)
pf('%.3d', 5)
pf('%5.3d', -5)
pf('%x', -255)
pf('%#x', -255)
pf('%d', 3.99)
pf('%d', -3.99)
pf('%i', 1e20)
pf('%d', float('inf'))
pf('%f', float('inf'))
pf('%f', float('nan'))
pf('%5.1f%%', 99.5)
pf('%s', b'x')
pf(b'%s', b'x')
pf(b'%d', 5)
pf(b'%s', 'x')
pf(b'%c', 65)
pf(b'%c', b'A')
pf(b'%x', 255)
