def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
class MyInt(int):
    pass
class MyStr(str):
    pass
class MyList(list):
    pass
class MyFloat(float):
    pass
a = MyInt(5)
t(lambda: a + 1)
t(lambda: type(a + 1).__name__)
t(lambda: type(-a).__name__)
t(lambda: a // 0)
t(lambda: a << -1)
t(lambda: a + 'x')
t(lambda: MyInt('12', 8))
t(lambda: MyInt('zz'))
t(lambda: MyInt(2**70) + 1)
t(lambda: hex(MyInt(255)))
t(lambda: format(MyInt(255), 'x'))
t(lambda: [1, 2, 3][MyInt(1)])
t(lambda: MyFloat('1.5') * 2)
t(lambda: MyFloat('x'))
t(lambda: type(MyFloat(1.5) + 1).__name__)
s = MyStr('abc')
t(lambda: s + 'd')
t(lambda: type(s + 'd').__name__)
t(lambda: type(s.upper()).__name__)
t(lambda: s[0])
t(lambda: s[5])
t(lambda: s * 2)
t(lambda: s.index('z'))
t(lambda: {s: 1}['abc'])
t(lambda: s == 'abc')
t(lambda: MyStr(b'x', 'utf-8'))
l = MyList([3, 1, 2])
t(lambda: l + [4])
t(lambda: type(l + [4]).__name__)
t(lambda: l[5])
t(lambda: l.index(9))
t(lambda: sorted(l))
t(lambda: l.pop(10))
t(lambda: type(l[:]).__name__)
t(lambda: l == [3, 1, 2])
t(lambda: MyList(5))
class BadInit(list):
    def __init__(self, x):
        raise KeyError(x)
t(lambda: BadInit(1))
class D(dict):
    def __missing__(self, k):
        return -1
d = D(a=1)
t(lambda: d['a'])
t(lambda: d['b'])
t(lambda: d.get('b'))
t(lambda: d.pop('b'))
t(lambda: 'b' in d)
