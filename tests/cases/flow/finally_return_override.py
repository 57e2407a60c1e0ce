def f():
    try:
        return 'try'
    finally:
        return 'finally'
def g():
    try:
        raise ValueError
    finally:
        return 'swallowed'
def h():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print('cleanup', i)
def k():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
print(f(), g(), h(), k())
