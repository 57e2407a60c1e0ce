# deleted globals, shadowed and un-shadowed builtins, builtins rebinding
import builtins

x = 5


def getx():
    return x


print(getx())
for i in range(50):
    getx()
del x
try:
    getx()
except NameError as e:
    print(type(e).__name__, str(e).split("'")[1])
x = 7
print(getx())
globals().pop('x')
try:
    getx()
except NameError as e:
    print(type(e).__name__, str(e).split("'")[1])
globals()['x'] = 8
print(getx())


def uses_len(s):
    return len(s)


acc = []
for i in range(60):
    if i == 20:
        def len(s):
            return -1
    if i == 40:
        del len
    acc.append(uses_len('abc'))
print(acc.count(3), acc.count(-1))

# rebinding in builtins itself
real_abs = builtins.abs


def use_abs(v):
    return abs(v)


res = []
for i in range(60):
    if i == 20:
        builtins.abs = lambda v: 'patched'
    if i == 40:
        builtins.abs = real_abs
    res.append(use_abs(-2))
print(res.count(2), res.count('patched'))

# a builtin name that does not exist, then defined in builtins, then removed
def use_new():
    return my_new_builtin


try:
    use_new()
except NameError as e:
    print(type(e).__name__, str(e).split("'")[1])
builtins.my_new_builtin = 42
print(use_new())
builtins.my_new_builtin = 43
print(use_new())
del builtins.my_new_builtin
try:
    use_new()
except NameError as e:
    print(type(e).__name__, str(e).split("'")[1])

# a global shadows a builtin that is also rebound
builtins.my_b = 'builtin'
my_b = 'global'


def use_b():
    return my_b


print(use_b())
del my_b
print(use_b())
del builtins.my_b
try:
    use_b()
except NameError as e:
    print(type(e).__name__)
