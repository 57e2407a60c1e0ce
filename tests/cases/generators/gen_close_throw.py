def g():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
x = g()
print(next(x))
x.close()
print('closed')
def h():
    while True:
        try:
            yield
        except ValueError:
            print('caught ValueError')
y = h()
next(y)
y.throw(ValueError)
y.throw(ValueError('again'))
def k():
    yield 1
z = k()
try:
    z.throw(KeyError('k'))
except KeyError:
    print('propagated')
def m():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
q = m(); next(q); q.close()
