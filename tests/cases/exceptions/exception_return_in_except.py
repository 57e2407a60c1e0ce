def f(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        return 'div by zero'
    finally:
        print('finally for', x)
print(f(2), f(0))
def g():
    try:
        raise KeyError('k')
    except KeyError:
        try:
            return 'inner return'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(g())
def h():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if e.args[0] == 1:
                return 'returned at %d' % i
            continue
print(h())
