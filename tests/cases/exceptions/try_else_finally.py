def f(x):
    try:
        print('try', x)
        r = 10 // x
    except ZeroDivisionError:
        print('except')
        r = None
    else:
        print('else', r)
    finally:
        print('finally')
    return r
print(f(2))
print(f(0))
try:
    try:
        raise KeyError('k')
    finally:
        print('inner finally')
except KeyError:
    print('propagated')
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('fin', i)
