def f():
    x = 1
    def g():
        return x
    r1 = g()
    x = 2
    r2 = g()
    return r1, r2
print(f())
def h():
    funcs = []
    for i in range(3):
        def get():
            return i
        funcs.append(get)
    return [fn() for fn in funcs]
print(h())
def k():
    v = 'a'
    fn = lambda: v
    v = 'b'
    return fn()
print(k())
