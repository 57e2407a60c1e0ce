def f():
    return 1
def g():
    return 2
funcs = [f, g]
print([h() for h in funcs])
table = {'f': f, 'g': g}
print(table['g']())
def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 9, 2), apply(len, 'abcd'), apply(lambda: 'x'))
print(callable(f), callable(5), callable(print), callable(lambda: 0))
def returns_func():
    def inner():
        return 'inner called'
    return inner
print(returns_func()())
f.custom = 'attr'
print(f.custom)
print(f.__name__, returns_func().__name__)
