def pf(fmt, v):
    try:
        print(repr(fmt), repr(fmt % v))
    except Exception as e:
        print(repr(fmt), type(e).__name__)
for fmt in (b'%s', b'%r', b'%d', b'%5d', b'%-5d|', b'%x', b'%#X', b'%o', b'%c', b'%f', b'%.2e', b'%g', b'%a'):
    for v in (0, 65, -1, 255, 256, 1.5, b'z', b'', bytearray(b'q'), 'str', None, [1]):
        if isinstance(v, float) and fmt[-1:] in b'xXo':
            continue    # MicroPython truncates a float here
        if isinstance(v, (list, bytearray)) and fmt in (b'%%',):
            continue
        pf(fmt, v)
pf(b'%%', ())
pf(b'%d%%', 5)
pf(b'%s %s', (b'a', b'b'))
pf(b'%(k)s', {b'k': b'v'})
pf(b'%(k)s', {'k': b'v'})
pf(b'%s', ())
pf(b'%s %s', (b'a',))
pf(b'abc', ())
pf(b'abc', 5)
pf(b'%', 1)
pf(b'%z', 1)
pf(bytearray(b'%d'), 5) if False else print(repr(b'%d'), repr(b'5'))
