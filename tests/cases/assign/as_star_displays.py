# starred expressions in displays and on the right of assignments
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b} == {1, 2, 3, 4})
x = *a, *b
print(x)
y = *range(3),
print(y)
first, *rest = *a, 9
print(first, rest)
print([*'ab', *[], *()])
print({**{'a': 1}, 'b': 2, **{'a': 3}})
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*a, *b, **{'k': 1}, **{'m': 2}))
print(f(*[], **{}))
gen = (i for i in range(3))
print([*gen, *gen])
try:
    f(**{'k': 1}, **{'k': 2})
except TypeError:
    print('TypeError duplicate keyword')
try:
    [*5]
except TypeError:
    print('TypeError not iterable')
print(*[1, 2], sep='-')
