lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
    print(x)
print(lst)
lst = [1, 2, 3, 4]
for x in lst[:]:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
d = {'a': 1, 'b': 2}
for k in list(d):
    d[k + k] = d.pop(k)
print(d)
