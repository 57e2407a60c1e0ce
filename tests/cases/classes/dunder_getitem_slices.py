class Recorder:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ('slice', key.start, key.stop, key.step)
        if isinstance(key, tuple):
            return ('tuple', key)
        return ('item', key)
r = Recorder()
print(r[1], r['k'], r[1:2], r[::3], r[1:], r[:5:-1])
print(r[1, 2], r[1:2, 3])
class Matrix:
    def __init__(self, n):
        self.d = {}
        self.n = n
    def __setitem__(self, k, v):
        self.d[k] = v
    def __getitem__(self, k):
        return self.d.get(k, 0)
m = Matrix(3)
m[0, 0] = 1
m[1, 2] = 5
print([[m[i, j] for j in range(3)] for i in range(3)])
