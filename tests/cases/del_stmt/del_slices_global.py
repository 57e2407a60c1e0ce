g = 'global'
def kill():
    global g
    del g
kill()
try:
    g
except NameError:
    print('global deleted')
lst = list(range(10))
del lst[2:5]
print(lst)
del lst[:]
print(lst)
for i in range(3):
    pass
del i
try:
    i
except NameError:
    print('loop var deleted')
d = {i: i for i in range(5)}
for k in [1, 3]:
    del d[k]
print(d)
