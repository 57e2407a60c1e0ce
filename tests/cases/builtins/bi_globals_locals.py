x = 1
g = globals()
print('x' in g, g['x'], type(g).__name__)
g['injected'] = 'hello'
print(injected)
def f(a, b=2):
    c = 3
    loc = locals()
    return sorted(loc.items())
print(f(1))
print('__name__' in globals(), __name__)
