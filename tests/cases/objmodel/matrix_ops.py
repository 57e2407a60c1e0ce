class Mat:
    def __init__(self, rows): self.rows = [list(r) for r in rows]
    def __repr__(self): return 'Mat(%r)' % (self.rows,)
    def __matmul__(self, o):
        cols = list(zip(*o.rows))
        return Mat([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        return self
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __eq__(self, o): return self.rows == o.rows
    def __pow__(self, n):
        r = Mat([[1, 0], [0, 1]])
        for _ in range(n): r = r @ self
        return r
m = Mat([[1, 2], [3, 4]])
i = Mat([[1, 0], [0, 1]])
print(m @ i, m @ m, m[0, 1], m ** 3)
m[1, 0] = 9
print(m)
n = m
m @= i
print(m is n, m == Mat([[1, 2], [9, 4]]), m != i)
try:
    m @ 5
except AttributeError as e:
    print(type(e).__name__)
try:
    5 @ m
except TypeError as e:
    print(type(e).__name__)
