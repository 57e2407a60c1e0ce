def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
class _Op:
    add = staticmethod(lambda a, b: a + b)
    sub = staticmethod(lambda a, b: a - b)
    mul = staticmethod(lambda a, b: a * b)
    truediv = staticmethod(lambda a, b: a / b)
    floordiv = staticmethod(lambda a, b: a // b)
    mod = staticmethod(lambda a, b: a % b)
    pow = staticmethod(lambda a, b: a ** b)
    lshift = staticmethod(lambda a, b: a << b)
    rshift = staticmethod(lambda a, b: a >> b)
    and_ = staticmethod(lambda a, b: a & b)
    or_ = staticmethod(lambda a, b: a | b)
    xor = staticmethod(lambda a, b: a ^ b)
    lt = staticmethod(lambda a, b: a < b)
    le = staticmethod(lambda a, b: a <= b)
    gt = staticmethod(lambda a, b: a > b)
    ge = staticmethod(lambda a, b: a >= b)
    eq = staticmethod(lambda a, b: a == b)
    ne = staticmethod(lambda a, b: a != b)
    neg = staticmethod(lambda a: -a)
    pos = staticmethod(lambda a: +a)
    invert = staticmethod(lambda a: ~a)
    not_ = staticmethod(lambda a: not a)
operator = _Op
vals = [0, -3, 2**70, 1.5, -0.0, True, 'ab', b'ab', [1], (1,), {1: 2}, {1}, None, range(2)]
for v in vals:
    row = []
    for fn in (operator.neg, operator.pos, operator.invert, operator.not_, abs, bool, len, hash, iter):
        try:
            r = fn(v)
            if fn is hash:
                row.append('h')
            elif fn is iter:
                row.append('it')
            else:
                row.append(repr(r) if type(r) in (int, float, bool) else type(r).__name__)
        except Exception as e:
            row.append(type(e).__name__)
    print(' '.join(row))
for container in vals:
    row = []
    for item in (0, 1, 'a', b'a', None, [1], (1,)):
        try:
            row.append(repr(item in container))
        except Exception as e:
            row.append(type(e).__name__)
    print(' '.join(row))
