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
vals = [0, 3, -2, 2**70, 1.5, True, 'ab', b'ab', [1], (1,), {1: 2}, {1}, None, range(2)]
names = ['0', '3', '-2', 'big', '1.5', 'True', 'str', 'bytes', 'list', 'tuple', 'dict', 'set', 'None', 'range']
ops = [('+', operator.add), ('-', operator.sub), ('*', operator.mul), ('/', operator.truediv),
       ('//', operator.floordiv), ('%', operator.mod), ('**', operator.pow), ('<<', operator.lshift),
       ('>>', operator.rshift), ('&', operator.and_), ('|', operator.or_), ('^', operator.xor)]
def show(r):
    if type(r) in (int, float, bool, str, bytes, list, tuple, dict, type(None)):
        s = repr(r)
        return s if len(s) < 40 else s[:37] + '...'
    if type(r) is set:
        return 'set' + repr(sorted(r))
    return type(r).__name__
for sym, fn in ops:
    for i, a in enumerate(vals):
        row = []
        for j, b in enumerate(vals):
            if sym == '**' and isinstance(a, int) and isinstance(b, int) and b > 100:
                continue
            if sym == '<<' and isinstance(b, int) and b > 100:
                continue
            if sym == '%' and isinstance(a, str):
                continue
            if sym == '%' and isinstance(a, bytes):
                continue
            try:
                row.append(show(fn(a, b)))
            except Exception as e:
                row.append(type(e).__name__)
        print(names[i], sym, row)
def inplace(a, b, sym):
    if sym == '<<':
        a <<= b
    elif sym == '&':
        a &= b
    elif sym == '+':
        a += b
    elif sym == '*':
        a *= b
    elif sym == '-':
        a -= b
    return a
for sym in ('<<', '&', '+', '*', '-'):
    for a in (1.5, 2, 'ab', [1], (1,), {1}):
        row = []
        for b in (1.5, 2, 'ab', [1], (1,), {1}):
            try:
                row.append(show(inplace(a if not isinstance(a, (list, set)) else a.copy(), b, sym)))
            except Exception as e:
                row.append(type(e).__name__)
        print(sym, row)
