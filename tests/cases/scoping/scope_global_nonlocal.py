x = 1
def read():
    return x
def write():
    global x
    x = 2
print(read()); write(); print(x)
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    inc(); inc()
    return n, inc()
print(outer())
def make_adders():
    return [lambda v, i=i: v + i for i in range(3)]
print([f(10) for f in make_adders()])
def late():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(late())
def shadow():
    x = 'local'
    def inner():
        return x
    return inner()
print(shadow(), x)
def unbound():
    try:
        print(y_local)
    except NameError:
        print('NameError')
    y_local = 1
unbound()
