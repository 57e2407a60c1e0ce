def gen():
    yield 1
    yield 2 // 0
for x in gen():
    print('got', x)
