for spec in ['*^9', '\u00e9<6', '\u4e2d>5', '\u00b7^7', '0>4', '#>3', '<^5', '>>5', '^^5', '==5']:
    for v in ('ab', '\u00e9\u00e9', '\u4e2d'):
        try:
            r = format(v, spec)
            print(spec.encode('utf-8'), v.encode('utf-8'), r.encode('utf-8'), len(r))
        except ValueError:
            print(spec.encode('utf-8'), 'ValueError')
    for v in (42, -4.5):
        try:
            r = format(v, spec)
            print(spec.encode('utf-8'), v, r.encode('utf-8'), len(r))
        except ValueError:
            print(spec.encode('utf-8'), 'ValueError')
print(len('{:10}'.format('\u00e9')), len('{:^10.2}'.format('\u00e9\u00e8\u00ea')))
print(('%5s|%-5s|' % ('\u00e9', '\u4e2d')).encode('utf-8'))
print(('%.1s' % '\u00e9\u00e8').encode('utf-8'))
