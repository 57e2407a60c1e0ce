class A:
    x = 5
    ys = [x for _ in range(1)] if False else None
    z = (lambda: 1)()
    def m(self): return __class__.__name__
print(A.z, A().m())
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
fs2 = [lambda: i for i in range(3)]
print([f() for f in fs2])
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); print(c(), c.__closure__ is not None if hasattr(c, '__closure__') else True)
x = 1
def f():
    print(x)
    try:
        x = 2
    except: pass
try: f()
except NameError as e: print(type(e).__name__)
def g():
    return [y for y in range(3) if y], {k: v for k, v in zip('ab', 'cd')}, {z % 2 for z in range(5)}, list(w * 2 for w in 'ab')
print(g())
print([(i, j) for i in range(3) for j in range(i)], [[j for j in range(i)] for i in range(3)])
i = 'outer'; [i for i in range(3)]; print(i)
def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return tag + str(fn(*a, **k))
        return inner
    return wrap
@deco('<')
@deco('[')
def h(v): return v
print(h(3))
def cls_deco(cls):
    cls.added = True
    return cls
@cls_deco
class B: pass
print(B.added)
def varargs(*args, **kwargs): return args, sorted(kwargs.items())
print(varargs(*[1, 2], *(3,), **{'a': 1}, **{'b': 2}), varargs())
def posonly(a, b, /, c): return a, b, c
print(posonly(1, 2, c=3))
def kwonly(*, a, b=2): return a, b
print(kwonly(a=1))
try: kwonly(1)
except TypeError: print('TypeError kwonly')
try: posonly(1, b=2, c=3)
except TypeError: print('TypeError posonly')
def defaults(a, b=[]):
    b.append(a); return b
defaults(1); print(defaults(2))
print((lambda *a, **k: (a, k))(1, z=2), (lambda: (yield))().__class__.__name__ if False else '')
first, *rest = 'hello'; print(first, rest)
(a, b), c = [1, 2], 3; print(a, b, c)
[d, [e, *f]] = (1, [2, 3, 4]); print(d, e, f)
for k, (v1, v2) in [('x', (1, 2))]: print(k, v1, v2)
try:
    a, b = [1, 2, 3]
except ValueError as e: print('ValueError unpack')
try:
    a, b, *c = [1]
except ValueError as e: print('ValueError unpack ex')
o = type('O', (), {})(); o.a = [1, 2]; o.a[0] += 5; print(o.a)
l = [1, 2, 3]; l[0], l[2] = l[2], l[0]; print(l)
x = y = z = 0; print(x, y, z)
cond = 'yes' if x == 0 else 'no'; print(cond)
print(not 0 and 1 or 2, 0 or [] or 'last', 1 and 2 and 3, None or 0)
assert True, 'msg'
try: assert 1 == 2, 'fails'
except AssertionError as e: print('AssertionError', e)
while True:
    break
else: print('no')
for q in []: pass
else: print('for-else')
print(...)
def gfunc():
    x = yield 1
    print('got', x)
    yield from [2, 3]
    return 'done'
gen = gfunc(); print(next(gen), gen.send('s'), next(gen))
try: next(gen)
except StopIteration as si: print('stop', si.value)
