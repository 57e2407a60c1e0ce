def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
def sa(k, v):
    b = bytearray(b'0123456789')
    try:
        b[k] = v
        print(k, bytes(b))
    except Exception as e:
        print(k, type(e).__name__)
sa(slice(0, 3), b'ab')
sa(slice(0, 3), b'')
sa(slice(None, None, 2), b'abcde')
sa(slice(None, None, 2), b'abc')
sa(slice(None, None, -1), b'9876543210')
sa(slice(8, 2, -2), b'xyz')
sa(slice(8, 2, -2), b'xy')
sa(slice(100, 200), b'end')
sa(slice(-100, 1), b'S')
sa(slice(2, 2), [65, 66])
sa(slice(2, 4), [300])
sa(slice(2, 4), 'str')
sa(slice(2, 4), 3)
sa(slice(0, 10, 3), bytearray(b'ABCD'))
def sd(k):
    b = bytearray(b'0123456789')
    try:
        del b[k]
        print(k, bytes(b))
    except Exception as e:
        print(k, type(e).__name__)
for k in (slice(0, 3), slice(None, None, 2), slice(None, None, -3), slice(5, 100), slice(7, 2, -1), slice(0, 0), 0, -1, 10, -11):
    sd(k)
b = bytearray(b'abc')
t(lambda: bytes(b[::-1]))
t(lambda: bytes(b[5:]))
t(lambda: b[-1])
t(lambda: b[3])
t(lambda: type(b[0:1]).__name__)
