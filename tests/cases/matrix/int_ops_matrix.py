vals = [0, 1, -1, 2, -3, 7, 10, -17, 255, 2 ** 31, -(2 ** 31), 2 ** 63 - 1, -(2 ** 63), 2 ** 64, 10 ** 20 + 1, -(10 ** 25)]
ops = [
    ('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
    ('//', lambda a, b: a // b), ('%', lambda a, b: a % b), ('divmod', divmod),
    ('&', lambda a, b: a & b), ('|', lambda a, b: a | b), ('^', lambda a, b: a ^ b),
    ('<', lambda a, b: a < b), ('==', lambda a, b: a == b), ('>=', lambda a, b: a >= b),
]
for name, op in ops:
    row = []
    for a in vals:
        for b in vals:
            try:
                row.append(op(a, b))
            except Exception as e:
                row.append(type(e).__name__)
    print(name, row)
for a in vals:
    res = []
    for s in [0, 1, 5, 63, 64, 65]:
        res.append((a << s, a >> s))
    print(a, res)
for a in vals[:9]:
    print(a, [a ** e for e in range(6)], [pow(a, e, 97) for e in (0, 1, 10, 100)])
