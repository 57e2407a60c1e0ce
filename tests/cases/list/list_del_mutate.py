l = list(range(10))
del l[0]
del l[-1]
print(l)
del l[2:4]
print(l)
l[0] = 'first'
l[-1] = 'last'
print(l)
i = 0
while i < len(l):
    if isinstance(l[i], int) and l[i] % 2:
        del l[i]
    else:
        i += 1
print(l)
try:
    del l[100]
except IndexError:
    print('IndexError')
try:
    l[100] = 1
except IndexError:
    print('IndexError')
