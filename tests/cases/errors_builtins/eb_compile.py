def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
t(compile)
t(compile, 'x')
t(compile, 'x', 'f')
t(compile, 'x', 'f', 'bogus')
t(compile, '1 +', 'f', 'eval')
t(compile, 'x = 1', 'f', 'eval')
c = compile('1 + 2', 'f', 'eval')
print(eval(c))
c = compile('a = 5\nb = a * 2', 'f', 'exec')
g = {}
exec(c, g)
print(g['a'], g['b'])
c = compile('3 * 3', 'f', 'single')
t(eval, c)
t(compile, 'def (', 'f', 'exec')
t(compile, 1, 'f', 'exec')
t(compile, 'pass', 'f', 'exec')
t(lambda: exec(compile('raise ValueError', 'f', 'exec')))
