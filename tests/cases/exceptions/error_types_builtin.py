tests = [
    lambda: 1 / 0, lambda: 1 % 0, lambda: [].pop(), lambda: {}.popitem(),
    lambda: int('z'), lambda: float('abc'), lambda: None + 1, lambda: len(5),
    lambda: [1, 2, 3][10], lambda: 'abc'.index('d'), lambda: (1, 2).index(5),
    lambda: {'a': 1}['b'], lambda: object().missing, lambda: undefined_var,
    lambda: iter(5), lambda: next(iter([])), lambda: chr(-5), lambda: [] < 1,
    lambda: 2 ** 'x', lambda: sorted([1, None]), lambda: {1, 2}[0], lambda: 'x' * 1.5,
    lambda: int(None), lambda: hash([]), lambda: range('a'), lambda: divmod(5, 0),
]
for t in tests:
    try:
        t()
        print('no error')
    except Exception as e:
        print(type(e).__name__)
