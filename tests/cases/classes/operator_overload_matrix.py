class M:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, o):
        return M([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __eq__(self, o):
        return self.rows == o.rows
    def __repr__(self):
        return 'M(%r)' % (self.rows,)
a = M([[1, 2], [3, 4]])
i = M([[1, 0], [0, 1]])
print(a @ i, a @ a, a @ i == a)
