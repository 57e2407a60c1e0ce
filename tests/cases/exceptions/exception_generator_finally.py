def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print('numbers finalized')
total = 0
g0 = numbers()
for n in g0:
    if n == 3:
        break
    total += n
print('total', total)
g0.close()  # (no refcounting in MicroPython: close explicitly)
g = numbers()
print(next(g), next(g))
g.close()
print('after close')
def guarded():
    try:
        yield 'a'
        yield 'b'
    except GeneratorExit:
        print('exit seen')
        raise
gg = guarded()
print(next(gg))
gg.close()
print(list(guarded()))
