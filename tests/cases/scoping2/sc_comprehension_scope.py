# comprehension variables do not leak; iteration variables are local to them
x = 'outer'
lst = [x for x in range(3)]
print(x, lst)
s = {x for x in 'ab'}
print(x, sorted(s))
d = {x: 1 for x in 'cd'}
print(x, sorted(d))
g = list(x for x in (5, 6))
print(x, g)
try:
    print(y)
except NameError:
    print('y not defined')
[y for y in range(2)]
try:
    y
except NameError:
    print('still not defined')

def f():
    z = 'local'
    r = [z for z in range(2)]
    return z, r
print(f())

# comprehensions see enclosing function locals
def g2(n):
    k = 10
    return [i * k for i in range(n)], {i: k for i in range(2)}
print(g2(3))

# nested comprehensions
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(3)] for i in range(3)])
print({i: [j for j in range(i)] for i in range(3)})

# the outermost iterable is evaluated in the enclosing scope
def h():
    data = [1, 2, 3]
    return [v + len(data) for v in data]
print(h())

# walrus in a comprehension binds in the enclosing scope
def walrus():
    [last := i for i in range(4)]
    return last
print(walrus())

# comprehension in a class body cannot see class names (except the first iterable)
class C:
    base = [1, 2]
    doubled = [v * 2 for v in base]
    try:
        bad = [base for v in range(1)]
    except NameError:
        bad = 'NameError'
print(C.doubled, C.bad)

# loop variable of a for statement does leak
for leak in range(3):
    pass
print(leak)
