def counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c1 = counter(); c2 = counter()
print(c1(), c1(), c2())
def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            return a + b
        return l2
    return l1()()
print(deep())
def cell_after():
    def get():
        return v
    v = 'set later'
    return get()
print(cell_after())
class K:
    y = 5
    def m(self):
        return y_global
y_global = 'global'
print(K().m())
