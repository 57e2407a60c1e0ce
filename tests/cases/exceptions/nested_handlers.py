def level3():
    raise ValueError('deep')
def level2():
    try:
        level3()
    except TypeError:
        print('not here')
def level1():
    try:
        level2()
    except ValueError as e:
        print('level1 caught', e)
        return 'handled'
print(level1())
def cleanup_order():
    log = []
    try:
        try:
            try:
                raise RuntimeError('x')
            finally:
                log.append('f3')
        finally:
            log.append('f2')
    except RuntimeError:
        log.append('caught')
    finally:
        log.append('f1')
    return log
print(cleanup_order())
try:
    try:
        raise KeyError('first')
    except KeyError:
        try:
            raise ValueError('second')
        except ValueError:
            print('inner handled second')
        print('still in first handler')
except Exception:
    print('nope')
