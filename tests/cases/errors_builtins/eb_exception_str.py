for cls in (Exception, ValueError, TypeError, KeyError, IndexError, RuntimeError, StopIteration,
            ZeroDivisionError, AttributeError, NameError, ArithmeticError, LookupError,
            AssertionError, NotImplementedError, OverflowError, ImportError, MemoryError, SystemExit):
    for args in ((), ('msg',), (1, 2), ('',), (None,)):
        e = cls(*args)
        s = str(e) if cls is not KeyError else 'skip'
        print(cls.__name__, args, s, e.args, isinstance(e, BaseException))
print(repr(ValueError('a')), repr(ValueError(1, 'b')), repr(Exception()))
try:
    raise ValueError('x', 2)
except ValueError as e:
    print(e.args, str(e))
try:
    assert False, 'assert message'
except AssertionError as e:
    print(e.args)
try:
    assert 0
except AssertionError as e:
    print(e.args)
