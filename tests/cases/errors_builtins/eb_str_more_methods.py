def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
for s in ('', 'abc', 'ABC', 'Abc Def', 'a1', '123', ' ', 'a_b', '_x', '1a', 'a b', 'Ab1 ', '\t\n'):
    print(repr(s), [getattr(s, m)() for m in ('isalpha', 'isdigit', 'isalnum', 'isspace', 'isupper',
                                              'islower', 'istitle', 'isidentifier')])
t('abc'.isidentifier, 1)
t('abc'.istitle, 1)
t('a'.join, 'b', 'c')
t('x'.ljust, 2**70)
t('x'.center, 3, 'ab')
t('x'.zfill, 2**70)
t('a b'.split, None, 2**70)
t('aaa'.replace, 'a', 'b', 2**70)
t(lambda: 'abc'[-2**70:2**70])
t(lambda: 'abc'[::2**70])
t(lambda: 'abc'[::-2**70])
t(lambda: [1, 2, 3][::2**70])
t(lambda: (1, 2, 3)[-2**70::-2**70])
t(lambda: b'abc'[::-2**70])
t(lambda: range(10)[::2**70])
