def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('gen caught', e)
        yield 'recovered'
    finally:
        print('gen finally')
g = gen()
print(next(g))
print(g.throw(ValueError('oops')))
try:
    next(g)
except StopIteration:
    print('exhausted')
g = gen()
print(next(g))
g.close()
print('closed')
try:
    next(g)
except StopIteration:
    print('next after close: StopIteration')
g = gen()
try:
    g.throw(KeyError('k'))
except KeyError:
    print('unstarted throw propagates')
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print('got GeneratorExit')
        raise
s = stubborn()
next(s)
s.close()
