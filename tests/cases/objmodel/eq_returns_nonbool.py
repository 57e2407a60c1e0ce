class Weird:
    def __eq__(self, o): return 'truthy-string'
    def __ne__(self, o): return 0
    def __lt__(self, o): return []
    __hash__ = object.__hash__
w = Weird()
print(w == 1, w != 1, w < 1)
print('yes' if w == 2 else 'no', 'yes' if w != 2 else 'no', 'yes' if w < 2 else 'no')
print(w in [1, 2], [w] == [3], (w,) == (w,), [1].count(w))
class Raiser:
    def __eq__(self, o): raise ValueError('eq failed')
    __hash__ = object.__hash__
r = Raiser()
try:
    r == 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    r in [1]
except ValueError as e:
    print('in', type(e).__name__)
print(r in [r], [r] == [r])
try:
    [r] == [Raiser()]
except ValueError as e:
    print('list eq', type(e).__name__)
class BoolRaiser:
    def __bool__(self): raise RuntimeError('no bool')
class EqBR:
    def __eq__(self, o): return BoolRaiser()
try:
    if EqBR() == 1: pass
except RuntimeError as e:
    print(type(e).__name__)
