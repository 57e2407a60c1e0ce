def f(a, b=2, c=3):
    return (a, b, c)
print(f(1), f(1, 5), f(1, 5, 6), f(1, c=9), f(a=0), f(c=1, a=2, b=3))
def g(x, lst=[]):
    lst.append(x)
    return lst
print(g(1), g(2), g(3, []))
def h(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(h(1), h(2))
N = 10
def k(v=N):
    return v
N = 20
print(k())
def m(a, b=[1, 2][0] + 10):
    return a + b
print(m(1))
