print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(3)] for i in range(3)])
print([c.upper() for c in 'abc' if c != 'b'])
print([x if x % 2 else -x for x in range(5)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in matrix for i in range(len(row))])
print([[row[i] for row in matrix] for i in range(3)])
print([y for x in [[1, 2], [3]] for y in x])
x = 'outer'
print([x for x in range(2)], x)
print([i for i in range(10) if i > 2 if i < 6])
