class Rec:
    def __init__(self, log):
        self.log = log
    def _n(self, name, *a):
        self.log.append(name)
        return name
for meth in ['__add__', '__sub__', '__mul__', '__truediv__', '__floordiv__', '__mod__', '__pow__',
             '__and__', '__or__', '__xor__', '__lshift__', '__rshift__', '__matmul__',
             '__radd__', '__rsub__', '__rmul__', '__rtruediv__', '__rfloordiv__', '__rmod__',
             '__rpow__', '__rand__', '__ror__', '__rxor__', '__rlshift__', '__rrshift__',
             '__lt__', '__le__', '__gt__', '__ge__', '__eq__', '__ne__',
             '__neg__', '__pos__', '__invert__', '__abs__', '__getitem__', '__contains__']:
    setattr(Rec, meth, (lambda name: lambda self, *a: self._n(name, *a))(meth))
log = []
r = Rec(log)
exprs = [lambda: r + 1, lambda: r - 1, lambda: r * 1, lambda: r / 1, lambda: r // 1, lambda: r % 1,
         lambda: r ** 1, lambda: r & 1, lambda: r | 1, lambda: r ^ 1, lambda: r << 1, lambda: r >> 1,
         lambda: r @ 1, lambda: 1 + r, lambda: 1 - r, lambda: 1 * r, lambda: 1 / r, lambda: 1 // r,
         lambda: 1 % r, lambda: 1 ** r, lambda: 1 & r, lambda: 1 | r, lambda: 1 ^ r, lambda: 1 << r,
         lambda: 1 >> r, lambda: r < 1, lambda: r <= 1, lambda: r > 1, lambda: r >= 1, lambda: r == 1,
         lambda: r != 1, lambda: -r, lambda: +r, lambda: ~r, lambda: abs(r), lambda: r[0], lambda: 0 in r,
         lambda: 1 < r, lambda: 1 >= r]
for e in exprs:
    res = e()
    print(res, log[-1])
