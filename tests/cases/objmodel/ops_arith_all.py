class R:
    def __init__(self, n): self.n = n
    def _v(self, o): return o.n if isinstance(o, R) else o
    def __add__(self, o): return ('add', self.n, self._v(o))
    def __sub__(self, o): return ('sub', self.n, self._v(o))
    def __mul__(self, o): return ('mul', self.n, self._v(o))
    def __matmul__(self, o): return ('matmul', self.n, self._v(o))
    def __truediv__(self, o): return ('truediv', self.n, self._v(o))
    def __floordiv__(self, o): return ('floordiv', self.n, self._v(o))
    def __mod__(self, o): return ('mod', self.n, self._v(o))
    def __divmod__(self, o): return ('divmod', self.n, self._v(o))
    def __pow__(self, o, m=None): return ('pow', self.n, self._v(o), m)
    def __lshift__(self, o): return ('lshift', self.n, self._v(o))
    def __rshift__(self, o): return ('rshift', self.n, self._v(o))
    def __and__(self, o): return ('and', self.n, self._v(o))
    def __or__(self, o): return ('or', self.n, self._v(o))
    def __xor__(self, o): return ('xor', self.n, self._v(o))
a, b = R(1), R(2)
print(a + b); print(a - 3); print(a * b); print(a @ b); print(a / b)
print(a // b); print(a % b); print(divmod(a, b)); print(a ** b); print(pow(a, b))
print(a << b); print(a >> b); print(a & b); print(a | b); print(a ^ b)
for op in ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@']:
    print(op, eval('a %s 7' % op))
