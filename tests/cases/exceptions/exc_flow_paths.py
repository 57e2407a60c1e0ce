def f(mode):
    log = []
    for i in range(3):
        try:
            log.append('try%d' % i)
            if mode == 'break' and i == 1:
                break
            if mode == 'continue' and i == 0:
                continue
            if mode == 'return' and i == 1:
                return log
            if mode == 'raise' and i == 2:
                raise ValueError(i)
        except ValueError:
            log.append('except')
        else:
            log.append('else')
        finally:
            log.append('fin%d' % i)
    return log
for m in ['none', 'break', 'continue', 'return', 'raise']:
    print(m, f(m))
def g():
    try:
        return 'try'
    finally:
        print('finally runs')
print(g())
def h():
    for i in range(3):
        try:
            continue
        finally:
            print('fin', i)
    return 'done'
print(h())
def k():
    try:
        raise KeyError('x')
    finally:
        return 'swallowed'
print(k())
