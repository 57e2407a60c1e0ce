for e in range(-8, 20):
    for m in (1.0, 1.5, 9.999999, 9.9999995):
        v = m * 10.0 ** e
        print(e, m, repr(v), str(v), '%g' % v, '%.3g' % v, '{:g}'.format(v), '%e' % v, '%.0e' % v, '%.1f' % v if abs(v) < 1e17 else '')
for v in (1e-4, 0.0001, 0.00001, 1e-5 * 1.5, 1e16, 1e15 * 9.5, 123456789.0, 1234567890123456.0):
    print(repr(v), '%g' % v, '%G' % v, '%10.4g|' % v, '%-12g|' % v, '%+g' % v, '% g' % v, '%#g' % v)
