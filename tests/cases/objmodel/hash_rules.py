class Plain: pass
p = Plain()
print(hash(p) == hash(p), {p: 1}[p])
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__)
try:
    {EqOnly()}
except TypeError as e:
    print('set', type(e).__name__)
try:
    {EqOnly(): 1}
except TypeError as e:
    print('dict', type(e).__name__)
class EqHash:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, EqHash) and self.k == o.k
    def __hash__(self): return hash(self.k)
s = {EqHash(1), EqHash(1), EqHash(2)}
print(len(s), EqHash(1) in s, EqHash(3) in s)
d = {EqHash('a'): 1}
d[EqHash('a')] = 2
print(len(d), d[EqHash('a')])
class Inherit(EqOnly): pass
try:
    hash(Inherit())
except TypeError as e:
    print('inherit', type(e).__name__)
class Restore(EqOnly):
    __hash__ = object.__hash__
print(hash(Restore()) is not None)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print('None', type(e).__name__)
class Sub(EqHash):
    def __eq__(self, o): return False
try:
    hash(Sub(1))
except TypeError as e:
    print('sub redefines eq', type(e).__name__)
class HashOnly:
    def __hash__(self): return 42
print(hash(HashOnly()), HashOnly() == HashOnly())
class BigHash:
    def __hash__(self): return 2 ** 100
print(type(hash(BigHash())).__name__)
class BadHash:
    def __hash__(self): return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print('bad', type(e).__name__)
print(isinstance(EqOnly().__hash__, type(None)))
