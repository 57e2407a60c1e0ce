def show(**kw):
    return list(kw.items())
print(show(a=1, b=2, c=3))
print(show(z=1, y=2, x=3))
print(show(**{'m': 1, 'n': 2}, o=3))
def mix(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, list(kw.items())
print(mix(1, c=3))
print(mix(1, 2, 3, 4, c=5, e=6, f=7))
print(mix(*[1, 2], c=0, **{'d': 9, 'g': 8}))
