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
vals = [0, 2**70, 1.5, True, 'ab', b'ab', [1], (1,), {1: 2}, {1}, frozenset([1]), None, range(2), 1j]
names = ['0', 'big', '1.5', 'True', 'str', 'bytes', 'list', 'tuple', 'dict', 'set', 'frozenset', 'None', 'range', 'complex']
for sym, fn in [('<', operator.lt), ('<=', operator.le), ('>', operator.gt), ('>=', operator.ge),
                ('==', operator.eq), ('!=', operator.ne)]:
    for i, a in enumerate(vals):
        row = []
        for b in vals:
            try:
                row.append(repr(fn(a, b)))
            except Exception as e:
                row.append(type(e).__name__)
        print(names[i], sym, ' '.join(row))
