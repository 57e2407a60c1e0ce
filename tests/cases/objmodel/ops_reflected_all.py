class R:
    def __radd__(self, o): return ('radd', o)
    def __rsub__(self, o): return ('rsub', o)
    def __rmul__(self, o): return ('rmul', o)
    def __rmatmul__(self, o): return ('rmatmul', o)
    def __rtruediv__(self, o): return ('rtruediv', o)
    def __rfloordiv__(self, o): return ('rfloordiv', o)
    def __rmod__(self, o): return ('rmod', o)
    def __rdivmod__(self, o): return ('rdivmod', o)
    def __rpow__(self, o): return ('rpow', o)
    def __rlshift__(self, o): return ('rlshift', o)
    def __rrshift__(self, o): return ('rrshift', o)
    def __rand__(self, o): return ('rand', o)
    def __ror__(self, o): return ('ror', o)
    def __rxor__(self, o): return ('rxor', o)
r = R()
for left in [1, 2.5, 'str', [1], (2,), {3}, b'b', None]:
    res = []
    for op in ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@']:
        res.append(eval('left %s r' % op)[0])
    print(repr(left), res)
print(divmod(5, r), pow(2, r))
try:
    r + 1
except TypeError as e:
    print(type(e).__name__)
try:
    pow(2, r, 3)
except TypeError as e:
    print('3-arg pow', type(e).__name__)
