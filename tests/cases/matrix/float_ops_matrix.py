vals = [0.0, 1.0, -1.0, 0.5, 2.5, -3.75, 10.0, 1e10, -1e-3, 7]
def f(x):
    return '%.6g' % x if isinstance(x, float) else repr(x)
for name, op in [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
                 ('/', lambda a, b: a / b), ('//', lambda a, b: a // b), ('%', lambda a, b: a % b),
                 ('**', lambda a, b: a ** b if abs(b) < 20 and a >= 0 else 0.0)]:
    row = []
    for a in vals:
        for b in vals:
            try:
                row.append(f(op(a, b)))
            except ZeroDivisionError:
                row.append('ZDE')
    print(name, ' '.join(row))
for v in vals:
    print(f(v), int(v), round(v), f(abs(v)), f(-v), v == int(v), f(float(str(v))))
