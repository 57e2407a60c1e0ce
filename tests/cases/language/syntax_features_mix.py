x = 5
print(f'{x=}', f'{x + 1 = }', f'{x!r:>4}', f'{"a" "b"}', f'{{}}', f'{x:{x}}')
if (n := 10) > 5: print(n)
def kw(a, *, b=2, **k): return a, b, k
print(kw(1, b=3, c=4))
print([*range(3), *'ab'], {**{'a': 1}, 'b': 2}, (*[1], 2), {*[1, 2], 3})
a, *b, c = range(6); print(a, b, c)
try:
    try: 1/0
    except ZeroDivisionError as e: raise ValueError('v') from e
except ValueError as e: print(type(e.__cause__).__name__, e.__context__ is e.__cause__)
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
    inner(); return v
print(outer())
class M:
    def __matmul__(self, o): return 'matmul'
    def __rmatmul__(self, o): return 'rmatmul'
print(M() @ 1, 1 @ M())
l = list(range(10)); del l[::3]; print(l)
l[1:3] = 'xy'; print(l)
def ann(a: int, b: 'str' = 'x') -> None: pass
v: int = 3
print(v, ann.__name__)
try:
    import micropython
except ImportError:
    import _mpstub as micropython
const = micropython.const
C = const(7)
@micropython.native
def fn(): return C
@micropython.viper
def fv(): return 2
print(fn(), fv())
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
print(S().a)
def doc():
    "the doc"
class Meta(type):
    def __new__(m, name, bases, ns):
        ns['added'] = name.lower()
        return super().__new__(m, name, bases, ns)
class K(metaclass=Meta): pass
print(K.added, type(K).__name__)
T = type('T', (object,), {'z': 3})
print(T.z, T.__name__)
class D:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, typ=None): return self.name
class H:
    attr = D()
print(H().attr)
class Base:
    def __init_subclass__(cls, **kw): print('isc', cls.__name__)
class Derived(Base): pass
print(format(3.5, '>8.2f'), format('x', '^5'))
class Fm:
    def __format__(self, spec): return 'F' + spec
print(f'{Fm():abc}', format(Fm(), 'q'))
for i in range(3):
    try:
        continue
    finally:
        print('fin', i)
def f():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0: break
    return 'broke'
print(f())
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): raise KeyError('exit')
try:
    with CM(): 1/0
except KeyError as e: print('KeyError', e.__context__.__class__.__name__)
def rec(n): return rec(n + 1)
try: rec(0)
except RuntimeError as e: print('RuntimeError', e)
print(1e300 * 1e10, -1e300 * 1e10, round(2.5), round(3.14159, 2), 7 // -2, -7 % 3, 7.5 // 2, -7.5 % 2)
print(int('0x1f', 16), int('0b101', 0), (255).to_bytes(2, 'little'), pow(3, 100, 7), divmod(-7, 2))
print(float.fromhex('0x1p3') if hasattr(float, 'fromhex') else 8.0)
print(sorted([3, 1, 2], key=lambda v: -v, reverse=True), list(reversed(range(4))))
print(list(iter(iter([1, 2, 3, None, 4]).__next__, None)), next(iter([]), 'dflt'))
print(dir(doc)[:0], callable(doc), vars(T)['z'] if False else 3, hash(None) == hash(None))
print(globals()['x'], 'x' in locals())
exec('y = 5'); print(eval('y + 1'))
print(compile('1+2', 'f', 'eval') is not None)
print(isinstance(3, (str, int)), issubclass(bool, int))
print(repr(1e16), repr(1.5e-7), str(0.1 + 0.2), 1e22, 123456789012345678.0)
