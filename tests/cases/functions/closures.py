def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(1))
def outer():
    x = 'outer'
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])
def late():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in late()])
def shared():
    v = []
    def add(x):
        v.append(x)
    def get():
        return v
    return add, get
a, g = shared()
a(1); a(2)
print(g())
