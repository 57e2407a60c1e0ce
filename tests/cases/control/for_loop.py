for x in [1, 'two', 3.0, None, (5,)]:
    print(x)
for i, c in enumerate('abc'):
    print(i, c)
for k, v in [('a', 1), ('b', 2)]:
    print(k, v)
for i in range(3):
    pass
print('after loop i =', i)
total = 0
for row in [[1, 2], [3, 4], [5]]:
    for v in row:
        total += v
print(total)
for x in []:
    print('never')
for ch in 'hi':
    for n in range(2):
        print(ch * (n + 1), end=' ')
print()
