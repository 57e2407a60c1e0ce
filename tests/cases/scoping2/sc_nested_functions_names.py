# name resolution through several nested function levels
g = 'G'
def f1():
    a = 'a1'
    def f2():
        b = 'b2'
        def f3():
            c = 'c3'
            def f4():
                return g, a, b, c
            return f4()
        return f3()
    return f2()
print(f1())
def shadowing():
    x = 1
    def inner():
        x = 2
        def innermost():
            return x
        return innermost(), x
    return inner(), x
print(shadowing())
def param_capture(p, *args, k=3, **kw):
    def inner():
        return p, args, k, sorted(kw)
    return inner()
print(param_capture(1, 2, 3, k=4, z=5))
def capture_loop_var():
    out = []
    for i in range(3):
        def show():
            return i
        out.append(show)
    return [f() for f in out]
print(capture_loop_var())
def recursive_inner(n):
    def helper(k):
        return [] if k == 0 else [k] + helper(k - 1)
    return helper(n)
print(recursive_inner(4))
def later_def():
    def uses():
        return defined_later()
    def defined_later():
        return 'found'
    return uses()
print(later_def())
