class I(int): pass
class F(float): pass
class S(str): pass
class B(bytes): pass
class T(tuple): pass
class L(list): pass
class D(dict): pass
class St(set): pass
class FS(frozenset): pass
class C(complex): pass
vals = [(int, I(5)), (float, F(1.5)), (str, S('x')), (bytes, B(b'y')), (tuple, T((1,))),
        (list, L([2])), (dict, D(a=1)), (set, St({3})), (frozenset, FS({4})), (complex, C(1, 2))]
for base, v in vals:
    conv = base(v)
    print(base.__name__, type(conv).__name__, conv == v, conv is v, type(v).__name__)
print(type(int(F(2.5))).__name__, type(float(I(2))).__name__, type(str(I(3))).__name__, str(I(3)))
print(type(I(5) + 0).__name__, type(F(1.5) * 1).__name__, type(S('a') + '').__name__, type(T((1,)) + ()).__name__)
print(type(L([1]) + []).__name__, type(L([1]) * 1).__name__, type(S('ab')[0]).__name__, type(S('ab').strip()).__name__)
print(type(B(b'a') + b'').__name__, type(FS({1}) | set()).__name__, type(St({1}).copy()).__name__)
s = S('ab')
print([type(x).__name__ for x in [s.strip(), s.lstrip(), s.rstrip(), s.ljust(1), s.rjust(0), s.center(2), s.zfill(1), s[:], s.replace('z', 'q'), s.lower(), s * 1, ''.join([s]), '%s' % s, str(s), s.split()[0]]])
t = T((1, 2))
print([type(x).__name__ for x in [t[:], t * 1, t + (), tuple(t)]])
