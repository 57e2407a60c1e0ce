# recursion through generators
def gen(n):
    yield from gen(n + 1)
try:
    list(gen(0))
except RuntimeError:
    print('yield from caught')

def gen2(n):
    for x in gen2(n + 1):
        yield x
try:
    next(gen2(0))
except RuntimeError:
    print('for-in caught')

# bounded recursive generators work
def walk(tree):
    if isinstance(tree, list):
        for t in tree:
            yield from walk(t)
    else:
        yield tree
print(list(walk([1, [2, [3, [4, [5]]]], 6])))

def countdown(n):
    if n > 0:
        yield n
        yield from countdown(n - 1)
print(sum(countdown(60)))

def perms(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            yield [items[i]] + p
print(len(list(perms([1, 2, 3, 4]))), next(perms(['a', 'b', 'c'])))

# a generator expression calling a recursive function
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(sum(depth(k) for k in range(20)))
g = gen(0)
try:
    next(g)
except RuntimeError:
    print('caught again')
print('end')
