# closures over loop variables bind late; defaults bind early
fs = []
for i in range(4):
    fs.append(lambda: i)
print([f() for f in fs])
fs = []
for i in range(4):
    fs.append(lambda i=i: i)
print([f() for f in fs])
fs = [lambda: j for j in range(3)]
print([f() for f in fs])
fs = [lambda j=j: j * 10 for j in range(3)]
print([f() for f in fs])
def make_adders():
    adders = []
    for n in (1, 2, 3):
        def add(x, n=n):
            return x + n
        adders.append(add)
    return adders
print([a(10) for a in make_adders()])
def make_late():
    out = []
    for n in (1, 2, 3):
        def add(x):
            return x + n
        out.append(add)
    n = 100
    return out
print([a(10) for a in make_late()])
# a while loop variable
def counters():
    res = []
    k = 0
    while k < 3:
        res.append(lambda: k)
        k += 1
    return res
print([c() for c in counters()])
# factory functions capture separate cells
def factory(v):
    return lambda: v
gs = [factory(v) for v in 'abc']
print([g() for g in gs])
# generator expression evaluated late sees the final value
x = 1
gen = (x * y for y in range(3))
x = 10
print(list(gen))
# the first iterable of a genexp is evaluated early
src = [1, 2]
gen = (v for v in src)
src = [7, 8]
print(list(gen))
