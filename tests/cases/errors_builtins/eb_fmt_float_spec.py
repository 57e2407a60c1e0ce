def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
specs = ['', 'f', 'F', 'e', 'E', 'g', 'G', '%', 'n', '.0f', '.1f', '.10f', '.0e', '.3e', '.0g', '.1g', '.3g',
         '.10g', '10.2f', '<10.2f', '^10.2f', '=10.2f', '*>10.2f', '+f', ' f', '+.2e', '010.2f', '-010.3f',
         ',.2f', '_.3f', '12,.1f', '#.0f', '#.0e', '#g', '#.3g', '.2%', '+.1%', '10%', 'e', '.20g', '.17g',
         '.0%', '15', '<15', '.5', '+', '.2']
for v in (0.0, -0.0, 1.0, -1.5, 0.5, 2.5, 3.14159265, -2.71828, 1e-5, 1.5e-10, 123456.789, 1e16, -1e22, 1e100,
          0.1, 999.9999, 9.9999e-5, 5e-324, 1.7976931348623157e308):
    for s in specs:
        print(repr(v), repr(s), repr(format(v, s)))
for v in (float('inf'), float('-inf'), float('nan')):
    for s in ['', 'f', 'e', 'g', '%', '10f', '<6', '+f', '010f', 'F', 'E', 'G']:
        print(v, repr(s), repr(format(v, s)))
for s in ['d', 'x', 'c', 'b', 'o', 'X', 's', '#x', ',d', '=s', '.f', '5.5.5']:
    t(format, 1.5, s)
t(format, 1.5, '.1000f')
t(format, 1.5, '.50f')
print(format(1e300, 'f')[:20], len(format(1e300, 'f')))
print(format(2.5, '.0f'), format(3.5, '.0f'), format(-0.5, '.0f'), format(0.125, '.2f'), format(0.375, '.2f'))
print(format(1234.5, 'n'), format(0.00001, 'n'), format(1e20, 'n'))
