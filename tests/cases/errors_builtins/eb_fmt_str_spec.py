def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
specs = ['', 's', '5', '<5', '>5', '^5', '^6', '*<5', '-^7', '.2', '.0', '10.3', '<10.3s', '>1', '.10', 'x^4', '0<5']
for v in ('', 'a', 'abc', 'hello world', 'x' * 10):
    for s in specs:
        print(repr(v), repr(s), repr(format(v, s)))
for s in ['d', 'x', 'f', '=5', '+', ' ', '-', ',', '_', '#', 'c', 'e', '%', '5.5.5', '05', 'z']:
    t(format, 'abc', s)
print('{:>10}|{:<10}|{:^10}'.format('L', 'R', 'C'))
print('{0:{1}}|{0:{2}{3}}'.format('ab', 5, '>', 6))
print('{!r:>8}|{!s:<8}|{!a}'.format('q', 'w', 'e'))
t('{!x}'.format, 1)
t('{!}'.format, 1)
t('{:{}}'.format, 'a')
t('{0:{1}{2}}'.format, 'a', '>')
