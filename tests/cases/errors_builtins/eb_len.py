def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
t(len)
t(len, 1)
t(len, None)
t(len, 1.5)
t(len, [], [])
t(len, iter([]))
t(len, (x for x in []))
t(len, map(str, []))
t(len, '')
t(len, 'abc')
t(len, b'ab')
t(len, bytearray(3))
t(len, [1, 2])
t(len, ())
t(len, {1: 2})
t(len, {1, 2, 3})
t(len, frozenset())
t(len, range(10))
t(len, range(10, 0, -3))
t(len, range(0, 10, -1))
t(len, range(-5))
t(len, {}.keys())
t(len, {1: 2}.values())
t(len, {1: 2}.items())
t(len, obj=[])
class A:
    def __len__(self):
        return 3
class B:
    def __len__(self):
        return -1
class C:
    def __len__(self):
        return 'x'
class D:
    def __len__(self):
        return 2**100
t(len, A())
t(len, B())
t(len, C())
t(len, D())
t(len, A)
