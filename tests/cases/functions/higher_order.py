def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed
pipeline = compose(str, lambda x: x * 2, abs)
print(pipeline(-21))
def curry(f, n):
    def curried(*args):
        if len(args) >= n:
            return f(*args)
        return lambda *more: curried(*(args + more))
    return curried
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3))
def reduce_(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc
print(reduce_(lambda a, b: a * b, range(1, 8), 1))
print(reduce_(lambda a, b: b + a, 'abc', ''))
