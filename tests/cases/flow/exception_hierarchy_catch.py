pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
    (IndexError, LookupError), (UnicodeError, ValueError), (NotImplementedError, RuntimeError),
    (RecursionError if 'RecursionError' in dir(__import__('builtins')) else RuntimeError, RuntimeError),
    (StopIteration, Exception), (GeneratorExit, BaseException), (KeyboardInterrupt, BaseException),
    (SystemExit, BaseException), (AssertionError, Exception), (AttributeError, Exception),
    (ImportError, Exception), (NameError, Exception), (OSError, Exception), (TypeError, Exception),
    (EOFError, Exception), (MemoryError, Exception), (SyntaxError, Exception),
]
for sub, base in pairs:
    try:
        raise sub()
    except base:
        print(sub.__name__, 'caught by', base.__name__)
for exc in (GeneratorExit, KeyboardInterrupt, SystemExit):
    try:
        try:
            raise exc
        except Exception:
            print('wrong')
    except BaseException as e:
        print(type(e).__name__, 'not an Exception')
try:
    try:
        raise KeyError
    except (IndexError, ValueError):
        print('wrong')
except LookupError:
    print('KeyError passed through tuple')
