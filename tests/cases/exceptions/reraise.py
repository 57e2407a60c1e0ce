def f():
    try:
        raise ValueError('orig')
    except ValueError:
        print('handling')
        raise
try:
    f()
except ValueError as e:
    print('re-raised', e)
def g():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    raise err
try:
    g()
except ZeroDivisionError:
    print('raised saved exc')
try:
    try:
        raise KeyError('a')
    except KeyError as e:
        raise e
except KeyError:
    print('raise e works')
