ops = [lambda: 1 + 'a', lambda: 'a' + 1, lambda: [] + (), lambda: 'a' * 'b', lambda: -'a',
       lambda: ~1.5, lambda: 1 < 'a', lambda: None(), lambda: 5[0], lambda: {}[[]],
       lambda: 'abc'[1.5], lambda: 'x'.join([1]), lambda: len(None), lambda: iter(None),
       lambda: (1, 2)[5], lambda: 'abc'[10], lambda: [1][-2], lambda: int('x'), lambda: {}['k'],
       lambda: [].index(1), lambda: ''.index('x'), lambda: chr(-1), lambda: object().x,
       lambda: undefined_name, lambda: next(iter([])), lambda: float('x'), lambda: 2 ** -1 // 0]
for op in ops:
    try:
        op()
        print('no error')
    except Exception as e:
        print(type(e).__name__)
