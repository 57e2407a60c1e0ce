def gen():
    yield 1
    raise ValueError('inside gen')
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print('caught', e)
try:
    next(g)
except StopIteration:
    print('exhausted after error')
def safe():
    try:
        yield 1
        yield 2
    finally:
        print('gen cleanup')
for x in safe():
    print(x)
