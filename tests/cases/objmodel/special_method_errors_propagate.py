class Boom:
    def __len__(self): raise KeyError('len')
    def __iter__(self): raise IndexError('iter')
    def __getitem__(self, k): raise LookupError('getitem')
    def __contains__(self, x): raise ValueError('contains')
    def __add__(self, o): raise ArithmeticError('add')
    def __eq__(self, o): raise NameError('eq')
    def __hash__(self): raise RuntimeError('hash')
    def __bool__(self): raise TypeError('bool')
    def __call__(self): raise OSError('call')
    def __repr__(self): raise AttributeError('repr')
    def __enter__(self): raise StopIteration('enter')
    def __exit__(self, *a): pass
b = Boom()
checks = [('len', lambda: len(b)), ('iter', lambda: iter(b)), ('getitem', lambda: b[0]),
          ('contains', lambda: 1 in b), ('add', lambda: b + 1), ('eq', lambda: b == 1),
          ('hash', lambda: hash(b)), ('bool', lambda: bool(b)), ('call', lambda: b()),
          ('repr', lambda: repr(b)), ('dict', lambda: {b: 1}), ('if', lambda: 1 if b else 0),
          ('list', lambda: list(b)), ('radd', lambda: 1 + b)]
for name, fn in checks:
    try:
        fn()
        print(name, 'no error')
    except Exception as e:
        # messages of the interpreter's own TypeErrors differ (MicroPython's texts)
        print(name, type(e).__name__, e.args if name != 'radd' else '')
