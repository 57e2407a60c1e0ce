def a():
    try:
        return 'try'
    finally:
        print('finally runs')
print(a())
def b():
    try:
        return 'try'
    finally:
        return 'finally'
print(b())
def c():
    try:
        1 / 0
    finally:
        return 'swallowed'
print(c())
def d():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print('fin', i)
    return i
print(d())
def e():
    x = []
    for i in range(4):
        try:
            if i % 2:
                continue
            x.append(i)
        finally:
            x.append('f')
    return x
print(e())
def g():
    try:
        try:
            return 1
        finally:
            print('inner')
    finally:
        print('outer')
print(g())
def h():
    while True:
        try:
            return 'from loop'
        finally:
            print('cleanup')
print(h())
