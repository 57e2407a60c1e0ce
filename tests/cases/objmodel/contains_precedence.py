log = []
class All:
    def __contains__(self, x): log.append('contains'); return True
    def __iter__(self): log.append('iter'); return iter([])
    def __getitem__(self, i): log.append('getitem'); raise IndexError
print(1 in All(), log); log.clear()
class IterGet:
    def __iter__(self): log.append('iter'); return iter([1])
    def __getitem__(self, i): log.append('getitem'); raise IndexError
print(1 in IterGet(), 2 in IterGet(), log); log.clear()
class GetOnly:
    def __getitem__(self, i):
        log.append(i)
        if i > 3: raise IndexError
        return i * 2
print(4 in GetOnly(), log); log.clear()
print(5 in GetOnly(), log); log.clear()
class ContainsNone:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    1 in ContainsNone()
except TypeError as e:
    print(type(e).__name__)
class D(dict):
    def __contains__(self, k): return k == 'magic'
d = D(a=1)
print('a' in d, 'magic' in d, 'a' in d.keys(), list(d))
class L(list):
    def __contains__(self, x): return not list.__contains__(self, x)
print(1 in L([1]), 2 in L([1]))
