# the name bound by `except ... as e` is deleted at the end of the handler
e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    print('in handler', type(e).__name__)
try:
    print(e)
except NameError:
    print('e was deleted')
def f():
    err = None
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    try:
        return err
    except NameError as ex:
        return 'deleted in function'
print(f())
def keep():
    try:
        {}['k']
    except KeyError as e:
        saved = e
    return type(saved).__name__, saved.args
print(keep())
# closures cannot capture the handler name after the handler
def closure():
    try:
        raise TypeError('t')
    except TypeError as exc:
        g = lambda: exc
        inside = type(g()).__name__
    try:
        g()
        return inside, 'still there'
    except NameError:
        return inside, 'gone'
print(closure())
# nested handlers with the same name
try:
    try:
        raise KeyError('inner')
    except KeyError as e:
        try:
            raise IndexError('deeper')
        except IndexError as e:
            print('deeper', type(e).__name__)
        try:
            e
        except NameError:
            print('outer name removed by inner handler')
except NameError:
    print('unexpected')
