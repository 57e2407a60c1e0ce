def counter():
    n = 0
    while True:
        n += 1
        yield n
c = counter()
for i in c:
    if i > 4:
        break
print(i, next(c))
def pairs(seq):
    it = iter(seq)
    for a in it:
        b = next(it, None)
        yield a, b
print(list(pairs([1, 2, 3, 4, 5])))
def running():
    yield 1
    raise ValueError('in gen')
try:
    for v in running():
        print('v', v)
except ValueError as e:
    print('ValueError', e)
gen = running()
print(next(gen))
try:
    next(gen)
except ValueError:
    print('raised once')
try:
    next(gen)
except StopIteration:
    print('then exhausted')
