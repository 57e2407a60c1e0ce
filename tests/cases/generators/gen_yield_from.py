def inner(n):
    for i in range(n):
        yield i
def chain(*its):
    for it in its:
        yield from it
print(list(chain(inner(3), 'ab', [9])))
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5]])))
def echo():
    while True:
        v = yield
        print('got', v)
def wrap():
    yield from echo()
w = wrap()
next(w)
w.send('a')
w.send('b')
