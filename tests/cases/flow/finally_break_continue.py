def loop():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out
print(loop())
def swallow_by_break():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return 'after break', i
print(swallow_by_break())
def cont_in_finally():
    n = 0
    for i in range(3):
        try:
            n += 1
            raise ValueError
        except ValueError:
            n += 10
        finally:
            continue
    return n
print(cont_in_finally())
def nested():
    log = []
    while True:
        try:
            try:
                log.append('inner')
                break
            finally:
                log.append('inner-finally')
        finally:
            log.append('outer-finally')
    return log
print(nested())
