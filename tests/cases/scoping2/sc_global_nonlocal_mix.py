# global and nonlocal used together across levels
x = 'global x'
def outer():
    x = 'outer x'
    def middle():
        global x
        x = 'global changed by middle'
        def inner():
            nonlocal_like = x
            return nonlocal_like
        return inner()
    res = middle()
    return res, x
print(outer(), x)
def outer2():
    y = 'outer y'
    def middle():
        nonlocal y
        y = 'changed by middle'
        def inner():
            global y
            y = 'global y'
            return y
        return inner()
    r = middle()
    return r, y
print(outer2(), y)
def counter_pair():
    global total_calls
    total_calls = 0
    count = 0
    def step():
        nonlocal count
        global total_calls
        count += 1
        total_calls += 1
        return count
    return step
s1 = counter_pair()
s1(); s1()
print(total_calls, s1())
s2 = counter_pair()
print(total_calls, s2(), s1(), total_calls)
