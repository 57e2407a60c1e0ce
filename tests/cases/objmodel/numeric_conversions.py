class N:
    def __int__(self): return 42
    def __float__(self): return 2.5
    def __abs__(self): return 'abs!'
    def __neg__(self): return 'neg!'
    def __pos__(self): return 'pos!'
    def __invert__(self): return 'inv!'
    def __round__(self, n=None): return ('round', n)
    def __complex__(self): return 1 + 2j
n = N()
print(int(n), float(n), abs(n), -n, +n, ~n, round(n), round(n, 2), complex(n))
class IndexOnly:
    def __index__(self): return 7
print(int(IndexOnly()), float(IndexOnly()) if False else 'skip', complex(1, 0))
class FloatOnly:
    def __float__(self): return 1.5
print(float(FloatOnly()))
try:
    int(FloatOnly())
except TypeError as e:
    print(type(e).__name__)
class BadInt:
    def __int__(self): return 'x'
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__)
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__)
class Nothing: pass
for fn in [int, float, abs, round]:
    try:
        fn(Nothing())
    except TypeError as e:
        print(fn.__name__, type(e).__name__)
for op in ['-x', '+x', '~x']:
    try:
        x = Nothing()
        eval(op)
    except TypeError as e:
        print(op, type(e).__name__)
import math
class MathLike:
    def __float__(self): return 4.0
print(math.sqrt(MathLike()), math.floor(MathLike()))
class Trunc:
    def __trunc__(self): return 3
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
print(math.trunc(Trunc()), math.floor(Trunc()), math.ceil(Trunc()))
