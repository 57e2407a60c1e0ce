def g():
    try:
        yield 1
        return 'early'
    finally:
        print('g finally')
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('return value', e.value)
def h():
    for i in range(3):
        try:
            yield i
        finally:
            print('h cleanup', i)
print(list(h()))
def k():
    x = yield from g()
    yield 'k got ' + x
print(list(k()))
