checks = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (ValueError, Exception), (TypeError, Exception), (Exception, BaseException),
    (KeyboardInterrupt, Exception), (KeyboardInterrupt, BaseException),
    (SystemExit, Exception), (StopIteration, Exception), (NotImplementedError, RuntimeError),
    (AttributeError, Exception), (NameError, Exception), (AssertionError, Exception),
    (OSError, Exception), (UnicodeError, ValueError), (ImportError, Exception),
    (GeneratorExit, Exception), (MemoryError, Exception), (RuntimeError, Exception),
]
for sub, sup in checks:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
try:
    [1][5]
except LookupError as e:
    print('LookupError caught', type(e).__name__)
try:
    1 // 0
except ArithmeticError as e:
    print('ArithmeticError caught', type(e).__name__)
