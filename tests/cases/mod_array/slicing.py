# slices (get, set, delete), checked against a list doing the same
from array import array

idx = [None, -11, -3, -1, 0, 1, 4, 10, 15]
steps = [None, 2, -1, -3]
base = list(range(10))
bad = 0
count = 0
for tc in 'bQd':
    for start in idx:
        for stop in idx:
            for step in steps:
                s = slice(start, stop, step)
                a = array(tc, base)
                got = a[s]
                if list(got) != base[s] or got.typecode != tc:
                    bad += 1
                # delete
                a = array(tc, base)
                lst = list(base)
                del a[s]
                del lst[s]
                if list(a) != lst:
                    bad += 1
                # assign the same number of items
                n = len(base[s])
                a = array(tc, base)
                lst = list(base)
                a[s] = array(tc, range(50, 50 + n))
                lst[s] = range(50, 50 + n)
                if list(a) != lst:
                    bad += 1
                count += 1
print(count, bad)

# resizing assignments with step 1
a = array('i', range(6))
a[1:3] = array('i', [7, 7, 7, 7])
print(a)
a[2:] = array('i')
print(a)
a[:0] = array('i', [-1, -2])
print(a)
a[10:] = array('i', [99])
print(a)
a[3:1] = array('i', [5])
print(a)
a[:] = a
print(a)
a[1:1] = a
print(a)
a[::-1] = array('i', range(len(a)))
print(a)
try:
    a[::2] = array('i', [1])
except ValueError:
    print('ValueError')
try:
    a[::2] = [1, 2, 3, 4, 5]
except TypeError:
    print('TypeError')
print(a[len(a):], a[-100:-50], a[5:2])

# iteration sees a live array
a = array('b', [1, 2, 3])
it = iter(a)
print(next(it))
a.append(4)
print(list(it))
out = []
for x in a:
    if x < 3:
        a.append(x + 10)
    out.append(x)
print(out, a)
