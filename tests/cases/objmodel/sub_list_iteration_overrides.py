class L(list):
    def __iter__(self):
        return iter(['iter-' + str(x) for x in list.__iter__(self)])
l = L([1, 2])
print(list(l), [x for x in l], tuple(l), sorted(l), ' '.join(l), list(map(str.upper, l)))
a, b = l
print(a, b, set(l) == {'iter-1', 'iter-2'}, len(l), l[0], l == [1, 2], str(l), repr(l))
print(sum(L([1, 2]).__class__.__mro__[1]([5, 6])), max(L([1, 3])), min(l))
class D(dict):
    def __iter__(self): return iter(sorted(dict.__iter__(self), reverse=True))
d = D(a=1, b=2, c=3)
print(list(d), [k for k in d], list(d.keys()), sorted(d.items()))
class T(tuple):
    def __iter__(self): return iter(('x',))
t = T((1, 2))
print(list(t), len(t), t[1], t == (1, 2))
class S(str):
    def __iter__(self): return iter(['whole'])
print(list(S('ab')), [c for c in S('ab')], S('ab')[0], len(S('ab')))
