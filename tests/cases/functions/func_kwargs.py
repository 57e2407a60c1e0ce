def f(a, b, c):
    return '%s-%s-%s' % (a, b, c)
print(f(1, 2, 3), f(1, c=3, b=2), f(c='z', a='x', b='y'))
print(f(*[1, 2, 3]), f(*'abc'), f(1, *(2, 3)), f(**{'a': 7, 'b': 8, 'c': 9}))
print(f(1, **{'c': 3, 'b': 2}), f(*[1], **{'b': 2, 'c': 3}))
for call in [lambda: f(1, 2), lambda: f(1, 2, 3, 4), lambda: f(1, 2, b=3),
             lambda: f(1, 2, d=3), lambda: f(1, 2, 3, a=4)]:
    try:
        call()
    except TypeError:
        print('TypeError')
