# closures created in the same call share their cells
def make():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    def incr():
        nonlocal value
        value += 1
    return get, set_, incr
get, set_, incr = make()
set_(10); incr(); incr()
print(get())
get2, set2, _ = make()
print(get2(), get())
# a closure sees later rebinding of the enclosing variable
def later():
    x = 'before'
    f = lambda: x
    x = 'after'
    return f()
print(later())
# closures over parameters
def mul(n):
    return lambda x: x * n
double, triple = mul(2), mul(3)
print(double(5), triple(5))
# closure survives the enclosing call and keeps its own state
def accumulator():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
acc = accumulator()
acc(1)
print(acc(2))
acc2 = accumulator()
print(acc2('x'))
# a closure cell holding a function (recursion through the cell)
def outer():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(outer()(6))
# closures in class methods
class Counter:
    def __init__(self):
        self.n = 0
    def make_inc(self):
        def inc():
            self.n += 1
            return self.n
        return inc
c = Counter()
inc = c.make_inc()
inc(); inc()
print(c.n)
# decorator closure
def tag(label):
    def deco(fn):
        def wrapper(*a, **k):
            return '%s:%s' % (label, fn(*a, **k))
        return wrapper
    return deco
@tag('A')
@tag('B')
def hello(name):
    return 'hi ' + name
print(hello('bob'))
