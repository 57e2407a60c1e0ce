log = []
def producer():
    for i in range(3):
        log.append('produce %d' % i)
        yield i
g = producer()
log.append('created')
for x in g:
    log.append('consume %d' % x)
print(log)
def gen_with_return():
    yield 1
    return 'r'
    yield 2
print(list(gen_with_return()))
def empty():
    return
    yield
print(list(empty()))
def lazy_args():
    print('body started')
    yield 1
g = lazy_args()
print('before next')
print(next(g))
