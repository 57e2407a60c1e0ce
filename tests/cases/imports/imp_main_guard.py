# __name__ is '__main__' for the script and the module name when imported
import sys
print(__name__)
import _imp_simple
print(_imp_simple.__name__)
if __name__ == '__main__':
    print('main block')
else:
    print('not main')
print(sys.modules['__main__'] is sys.modules[__name__])
main = sys.modules['__main__']
X_MAIN = 5
print(main.X_MAIN)
def f():
    return __name__
print(f())
class C:
    pass
print(C.__module__)
print(_imp_simple.Klass.__module__)
print(_imp_simple.func.__module__ if hasattr(_imp_simple.func, '__module__') else '_imp_simple')
