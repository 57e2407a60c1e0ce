class L(list):
    def __add__(self, o):
        return 'L.add'
l = L([1])
orig = l
l += [2]
print(l, l is orig, type(l).__name__)
print(l + [3])
class L2(list):
    def __iadd__(self, o):
        return 'L2.iadd'
m = L2([1])
m += [2]
print(m)
class S(str):
    def __add__(self, o): return S(str.__add__(self, o).upper())
s = S('a')
s += 'b'
print(s, type(s).__name__)
class I(int):
    def __iadd__(self, o): return 'I.iadd'
i = I(1)
i += 1
print(i)
class I2(int): pass
j = I2(1)
j += 1
print(j, type(j).__name__)
class D(dict): pass
d = D(a=1)
d0 = d
d |= {'b': 2}
print(sorted(d.items()), d is d0, type(d).__name__)
class St(set): pass
st = St([1])
st0 = st
st |= {2}
st &= {2, 3}
print(sorted(st), st is st0, type(st).__name__)
class T(tuple): pass
t = T((1,))
t += (2,)
print(t, type(t).__name__)
