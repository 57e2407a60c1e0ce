# lambda and function defaults are evaluated once, at definition time
counter = [0]
def next_val():
    counter[0] += 1
    return counter[0]
f = lambda a=next_val(): a
print(f(), f(), counter[0])
def g(a=next_val(), b=next_val()):
    return a, b
print(g(), g(b=0), counter[0])
# mutable default shared across calls
def append(item, acc=[]):
    acc.append(item)
    return acc
print(append(1), append(2), append(3, []), append(4))
# default referring to an earlier variable value
v = 'first'
h = lambda x=v: x
v = 'second'
print(h(), h('given'))
# keyword-only defaults
k = lambda *, a=1, b=2: (a, b)
print(k(), k(b=5))
# nested lambdas capture enclosing parameters
adder = lambda n: lambda x: x + n
print(adder(3)(4), [adder(i)(1) for i in range(3)])
# defaults see the enclosing scope at definition time
def outer():
    base = 10
    return lambda x, b=base: x + b
print(outer()(1))
print((lambda *args, **kw: (args, sorted(kw.items())))(1, 2, z=3))
print((lambda: 'no args')())
sq = [(lambda q: q * q)(i) for i in range(4)]
print(sq)
