a = [1, 2, 3]
b = a.copy()
b.append(4)
print(a, b)
c = list(a)
print(c == a, c is a)
print([0] * 5, [[0] * 2] * 2)
m = [[0] * 2 for _ in range(2)]
m[0][0] = 1
print(m)
al = [[0] * 2] * 2
al[0][0] = 1
print(al)
print(list(), list('ab'), list((1, 2)), list({'k': 1}), list(range(2, 5)))
print([1, 2] + [3], [1, [2, [3]]])
print(a.index(2), a.count(7), 3 in a, 5 not in a)
print(max([4, 7, 1]), min([4, 7, 1]), sum([4, 7, 1]), len([4, 7, 1]))
