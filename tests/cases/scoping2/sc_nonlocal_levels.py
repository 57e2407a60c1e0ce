# nonlocal across several nesting levels
def outer():
    a = 1
    b = 'b0'
    def middle():
        nonlocal a
        a += 10
        def inner():
            nonlocal a, b
            a += 100
            b = 'b-inner'
            return a
        r = inner()
        return r, a
    res = middle()
    return res, a, b
print(outer())

def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc(), get())
inc2, get2 = counter()
print(get2(), inc2(3), get())

# nonlocal skips a level that does not bind the name
def level1():
    x = 'L1'
    def level2():
        def level3():
            nonlocal x
            x = 'set by L3'
        level3()
        return x
    return level2(), x
print(level1())

# nonlocal binds the nearest enclosing function, shadowing outer ones
def shadow():
    v = 'outer'
    def mid():
        v = 'mid'
        def inn():
            nonlocal v
            v = 'changed'
        inn()
        return v
    return mid(), v
print(shadow())

# nonlocal of a parameter
def param(p):
    def setp():
        nonlocal p
        p = p * 2
    setp(); setp()
    return p
print(param(3), param('ab'))

# nonlocal in a loop of closures shares one cell
def shared():
    total = 0
    fns = []
    for i in range(3):
        def add(i=i):
            nonlocal total
            total += i
        fns.append(add)
    for f in fns:
        f()
    return total
print(shared())

# del of a nonlocal name
def deleter():
    x = 1
    def d():
        nonlocal x
        del x
    d()
    try:
        return x
    except NameError as e:
        return type(e).__name__
print(deleter())

# a free variable read before the enclosing function assigns it: NameError
def early():
    def g():
        return late
    try:
        g()
    except NameError as e:
        print('free', type(e).__name__)
    late = 1
    return g()
print(early())

# a cell variable of the function itself read before assignment
def own_cell():
    try:
        print(cell)
    except NameError as e:
        print('cell', type(e).__name__)
    cell = 2
    return (lambda: cell)()
print(own_cell())
