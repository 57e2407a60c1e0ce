base = [5, 3, 8, 1, 9, 2]
results = []
for i in [-8, -3, -1, 0, 1, 3, 6, 10]:
    l = list(base); l.insert(i, 'X'); results.append(('insert', i, l))
    l = list(base)
    try:
        results.append(('pop', i, l.pop(i), l))
    except IndexError:
        results.append(('pop', i, 'IndexError'))
    l = list(base)
    try:
        l[i] = 'Y'
        results.append(('set', i, l))
    except IndexError:
        results.append(('set', i, 'IndexError'))
    l = list(base)
    try:
        del l[i]
        results.append(('del', i, l))
    except IndexError:
        results.append(('del', i, 'IndexError'))
for r in results:
    print(r)
for a, b in [(0, 2), (1, -1), (-3, None), (None, 2), (4, 1), (0, 100)]:
    for repl in [[], ['a'], ['a', 'b', 'c']]:
        l = list(base)
        l[a:b] = repl
        m = list(base)
        del m[a:b]
        print(a, b, repl, l, m)
l = list(base)
l.extend(l)
print(l, l.count(5), l.index(9), l.index(9, 5))
l.sort(key=lambda v: -v)
print(l)
l.reverse()
print(l, l * 0, [] * 5, l[:3] * 2)
