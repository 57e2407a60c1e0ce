def f():
    try:
        1 / 0
    except ZeroDivisionError:
        {}['missing']
try:
    f()
except KeyError as e:
    print(type(e).__name__, type(e.__context__).__name__, e.__cause__)
def g():
    try:
        raise ValueError('a')
    except ValueError as e:
        raise TypeError('b') from None
try:
    g()
except TypeError as e:
    print(e.__cause__, e.__suppress_context__ if hasattr(e, '__suppress_context__') else True)
def h():
    try:
        raise ValueError('inner')
    except ValueError:
        try:
            raise KeyError('k')
        except KeyError:
            pass
        raise
try:
    h()
except ValueError as e:
    print('re-raised', e)
e_saved = None
try:
    raise IndexError('x')
except IndexError as e:
    e_saved = e
print(type(e_saved).__name__, e_saved.args)
try:
    e
except NameError:
    print('NameError: e deleted after except')
