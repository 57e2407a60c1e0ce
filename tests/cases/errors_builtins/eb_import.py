def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
t(__import__)
t(__import__, 1)
t(lambda: __import__('sys').__name__)
t(lambda: __import__('sys', None, None, [], 0).__name__)
t(lambda: type(__import__('sys')).__name__)
t(__import__, '')
try:
    __import__('no_such_module_abc')
except ImportError:
    print('ImportError')
try:
    import no_such_module_abc2
except ImportError:
    print('ImportError')
try:
    from sys import no_such_name_xyz
except ImportError:
    print('ImportError')
try:
    import sys.no_such_sub
except ImportError:
    print('ImportError')
import sys
