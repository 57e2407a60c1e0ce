a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b} == {1, 2, 3, 4}, [0, *a, 5])
print(*a, *b)
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*a, *b, **{'x': 1}, y=2))
print([*'abc', *range(2)])
s = *a, 'end'
print(s)
