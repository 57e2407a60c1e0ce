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
print(out)
def f():
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ValueError
            finally:
                print('inner fin', i)
        except ValueError:
            print('caught at', i)
            continue
        print('normal', i)
f()
def g():
    n = 0
    while n < 10:
        n += 1
        try:
            if n == 2:
                continue
            if n == 4:
                return n
        finally:
            print('g fin', n)
print(g())
