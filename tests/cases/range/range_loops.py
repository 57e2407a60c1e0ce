total = 0
for i in range(1, 101):
    total += i
print(total)
for i in range(3):
    for j in range(i, 3):
        print(i, j, end=' ')
print()
for i in range(10, 0, -2):
    print(i, end=',')
print()
r = range(3)
it1 = iter(r)
it2 = iter(r)
print(next(it1), next(it1), next(it2), list(it1), list(it2))
print([i for i in range(-3, 3) if i])
print(list(zip(range(3), range(10, 13))))
print(list(enumerate(range(5, 8), 1)))
